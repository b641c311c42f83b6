export const helpText = `
  A terminal dashboard for an engineering director's weekly review:
  firefighting vs. system improvement, delegation and predictability.

  Usage
    $ director-review                     the dashboard for the current week
    $ director-review --demo              the dashboard on the embedded demo organisation
    $ director-review sync [--full]       pull changes from the tracker into the local store
    $ director-review init                guided set-up: tracker, credentials, your reports
    $ director-review doctor              check config, credentials, connectivity, store
    $ director-review export              1:1 notes per report, leadership summary, JSON, CSV
    $ director-review tag KEY CATEGORY    tag a ticket: operational|o, strategic|s, clear
    $ director-review review --mark       freeze the week's review (--list: the frozen ones)
    $ director-review backup              back up tags, notes and reviews now; prints the file
    $ director-review restore [FILE]      bring them back from the latest (or named) backup

  Options
    --provider linear|jira|demo    where the tickets come from (default: config)
    --demo                         same as --provider demo: no credentials needed
    --week W                       2026-W47, this, last, or a date inside the week
    --offline                      use the local store only, do not sync
    --home DIR                     folder for config and store (DIRECTOR_REVIEW_HOME)
    --demo-week N                  the demo as it will be N weeks from today, to see
                                   what changed since a review (DIRECTOR_REVIEW_DEMO_WEEK)
    --help, --version

  Sync options
    --full                         rebuild the store from scratch (tags are kept)

  Export options
    --format md|json|csv           Markdown 1:1 notes (default), the JSON summary
                                   (schemaVersion 2), or the week's tickets as CSV
    --schema 1                     the JSON summary in the version 1 shape
    --report NAME                  only this report's 1:1 notes (repeatable)
    --leadership                   add the leadership summary (Markdown)
    --detail full                  add the appendix of full lists and tables to the
                                   Markdown notes (default: one page each)
    --out DIR | --out -            write into DIR (default: here), or to stdout
    --force                        replace existing files (never done silently)

  Restore options
    --yes                          restore without asking (for scripts)

  Without a terminal the dashboard prints the overview as text and exits.
  Exit codes: 0 success · 1 run-time failure · 2 usage or config error.
`;
