// Testing Library gives up on findBy/waitFor after 1 s, a clock a busy 2-core machine can pass while a sheet is
// validated: a wait then fails on the machine's speed, not on what the pane shows. Waits end as soon as what
// they look for is there, so a long limit costs nothing when the test passes.
if (typeof window !== "undefined") require("@testing-library/dom").configure({ asyncUtilTimeout: 20_000 });
