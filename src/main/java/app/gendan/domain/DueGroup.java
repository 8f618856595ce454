package app.gendan.domain;

/** Where a due step sits in the Today view. */
public enum DueGroup { OVERDUE, TODAY, UPCOMING, LATER }
