package app.gendan.domain;

/** An ordered list of stages (跟单流程模板); teams keep one per business line. */
public record Pipeline(long id, String name, int position, boolean isDefault, boolean archived, int version) {}
