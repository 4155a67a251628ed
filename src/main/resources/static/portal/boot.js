// Before the page is drawn (a blocking script in <head>): a browser that was not signed in last time sees the login
// form at once rather than an empty page that turns into it (issue 15). portal.js sets and clears the hint.
'use strict';
if (!/(^|;\s*)pd_portal=1(;|$)/.test(document.cookie)) document.documentElement.classList.add('anon');
