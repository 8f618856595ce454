package app.gendan.service.imports.map;

import app.gendan.service.imports.ImportField;

/** A field a header may mean, with a confidence from 0 to 1. */
public record FieldGuess(ImportField field, double confidence) {}
