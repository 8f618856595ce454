package app.gendan.domain;

/** Somebody else saved this record after it was loaded; nothing was overwritten. */
public class StaleEditException extends GendanException {
    public StaleEditException(String entity, long id) {
        super("error.staleEdit", entity, id);
    }
}
