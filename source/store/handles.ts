import type Database from 'better-sqlite3';

/**
 * better-sqlite3 12.11 on Node 24 aborts the whole process (`Assertion failed: (env) !=
 * nullptr` in node::RemoveEnvironmentCleanupHook, from ~ObjectWrap) when a garbage
 * collection that runs outside any JS context collects a Database or Statement. So no
 * handle is ever left to the collector: each stays referenced here and is released by
 * Node's own cleanup at exit. The cost is a few dozen small objects per opened store.
 */
const retainedHandles: object[] = [];

export function retain<T extends object>(handle: T): T {
	retainedHandles.push(handle);
	return handle;
}

/** Runs a PRAGMA through a retained statement (`db.pragma` makes a throwaway one each call). */
export function pragma(db: Database.Database, source: string): unknown {
	const statement = retain(db.prepare(`PRAGMA ${source}`));
	return statement.reader ? statement.pluck().get() : statement.run();
}
