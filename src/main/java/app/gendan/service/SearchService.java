package app.gendan.service;

import app.gendan.domain.NameKeys;
import app.gendan.domain.SearchHit;
import app.gendan.store.Database;
import java.util.ArrayList;
import java.util.List;

/** The global search box (Ctrl+K): customers by name or phone, orders by number, title or customer. */
public final class SearchService {
    private static final int LIMIT = 15;
    private final Database db;

    SearchService(Database db) {
        this.db = db;
    }

    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.trim();
        String phone = q.replaceAll("[\\d\\s+()-]", "").isEmpty() ? NameKeys.phoneKey(q) : null;
        return db.read(s -> {
            List<SearchHit> hits = new ArrayList<>(s.search().customers(q, phone, LIMIT));
            hits.addAll(s.search().orders(q, LIMIT));
            return hits;
        });
    }
}
