package dev.huiyi.normalize;

/**
 * What a layout rule says a line is. HEADLINE and HEADLINE_DATE are cues, not kinds of line: a short line near the
 * top that reads like a headline, and a date that closes the headline's own line (…全委(扩大)会议【2018-02-26】).
 * OWNER is chrome that names the site's owner (版权所有, Copyright, 主办单位): dropped from the text like chrome, kept
 * aside so that a self-reference (公司召开…) resolves to the name the page gives only there. TAIL opens the page's
 * tail after the report (新闻推荐, 相关阅读): it and every line after it are dropped, once the body has begun.
 * FIELD is a labelled field of minutes (会议时间:, 会议地点:, 主持人:): kept, joined like text, never the headline.
 * HEADLINE_PREFIX is a tag opening the headline's line that is no part of it (a forum's [本地新闻]).
 * OWNER_NAMED is a footer that names the owner before its cue (江州学院党委宣传部 版权所有 地址:…): kept in the text like
 * any line, and what stands before the cue resolves self-references as an OWNER line does.
 * TODAY is a date alone with its weekday: a portal's today, dropped like chrome, unless a PAPER_CUE (a newspaper's
 * masthead, page navigation or 本报讯, a cue and not a kind of line) stands near it: then it is the issue's date line.
 */
public enum LineKind { CHROME, OWNER, TAIL, DATELINE, ISSUED, FIELD, HEADLINE, HEADLINE_DATE, HEADLINE_SUFFIX, HEADLINE_PREFIX, OWNER_NAMED, TODAY, PAPER_CUE }
