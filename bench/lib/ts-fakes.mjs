// The fake servers are TypeScript under test/fakes/: Node 24 strips their types, and this
// hook maps their `.js` import specifiers to the `.ts` files beside them. Import this module
// before importing a fake.
import {register} from 'node:module';

register(
	'data:text/javascript,' +
		encodeURIComponent(`
			export async function resolve(specifier, context, next) {
				try { return await next(specifier, context); }
				catch (error) {
					if (specifier.endsWith('.js') && context.parentURL?.includes('/test/fakes/')) return next(specifier.slice(0, -3) + '.ts', context);
					throw error;
				}
			}`),
);
