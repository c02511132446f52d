// Appended to the Hangfire dashboard's script bundle (OperationsEndpoints). The dashboard hands
// moment.js the page's language, "zh", a locale moment does not have, so every time on the
// dashboard came out in English with US dates ("in a minute", "11/27/2026 1:02 PM"). "zh" becomes
// moment's zh-cn, with the office's one date format (2026-12-04 17:00).
moment.defineLocale('zh', {
    parentLocale: 'zh-cn',
    longDateFormat: {
        LT: 'HH:mm', LTS: 'HH:mm',
        L: 'YYYY-MM-DD', LL: 'YYYY-MM-DD', LLL: 'YYYY-MM-DD HH:mm', LLLL: 'YYYY-MM-DD HH:mm',
        l: 'YYYY-MM-DD', ll: 'YYYY-MM-DD', lll: 'YYYY-MM-DD HH:mm', llll: 'YYYY-MM-DD HH:mm'
    }
});
