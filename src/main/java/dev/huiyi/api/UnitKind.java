package dev.huiyi.api;

/** Broad class of an organisation, as the contract defines it. */
public enum UnitKind { GOVERNMENT, PARTY, PEOPLES_CONGRESS, CPPCC, COURT_OR_PROCURATORATE, ENTERPRISE, INSTITUTION, ZONE, OTHER }
