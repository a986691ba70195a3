package dev.huiyi.api;

/** The broad kind of an organisation. */
public enum UnitKind {
    /** A government body (部, 厅, 局, 委). */
    GOVERNMENT,
    /** A party organ (党委, 党组, 纪委). */
    PARTY,
    /** A people's congress or its standing committee (人大). */
    PEOPLES_CONGRESS,
    /** A committee of the Chinese People's Political Consultative Conference (政协). */
    CPPCC,
    /** A court or procuratorate (法院, 检察院). */
    COURT_OR_PROCURATORATE,
    /** A company or group (公司, 集团). */
    ENTERPRISE,
    /** A public institution: university, academy, hospital, association. */
    INSTITUTION,
    /** A development or economic zone (开发区, 高新区). */
    ZONE,
    /** Anything else. */
    OTHER
}
