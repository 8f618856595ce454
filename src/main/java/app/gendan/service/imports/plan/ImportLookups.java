package app.gendan.service.imports.plan;

import app.gendan.domain.Customer;
import app.gendan.domain.GendanException;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.domain.User;
import app.gendan.store.ImportLookupRepository;
import app.gendan.store.StoreTx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The database as an import matches rows against it, loaded once: customers by name and phone
 * key, contacts, users by name and login, orders by number and by customer and title, and the
 * stages of the pipelines involved.
 */
public final class ImportLookups {
    /** Name key → customers, more than one where legal forms tell them apart ("Contoso GmbH", "Contoso LLC"). */
    final Map<String, List<Customer>> customersByNameKey = new HashMap<>();
    final Map<String, Long> customerByPhoneKey = new HashMap<>();
    final Map<Long, Customer> customers = new HashMap<>();
    /** Customer id → contact name key → contact id. */
    final Map<Long, Map<String, Long>> contacts = new HashMap<>();
    final Map<String, User> usersByName = new HashMap<>();
    final Set<String> logins = new HashSet<>();
    final Map<String, ImportLookupRepository.OrderKey> ordersByNo = new HashMap<>();
    /** "customerId|title key" → orders, for files without order numbers. */
    final Map<String, List<ImportLookupRepository.OrderKey>> ordersByTitle = new HashMap<>();
    public final long defaultOwnerId;
    public final long pipelineId;
    private final Map<Long, List<Stage>> stages = new HashMap<>();
    private final StoreTx store;

    private ImportLookups(StoreTx store, long defaultOwnerId, long pipelineId) {
        this.store = store;
        this.defaultOwnerId = defaultOwnerId;
        this.pipelineId = pipelineId;
    }

    /**
     * @param actor the signed-in user, the owner of orders the file names no owner for; null: the
     *              first user (there is always one once Gendan has started)
     */
    public static ImportLookups load(StoreTx s, Long actor, Long pipelineId) {
        List<ImportLookupRepository.UserRow> users = s.importLookups().users();
        long owner = actor != null ? actor : users.stream().filter(ImportLookupRepository.UserRow::active)
                .map(u -> u.user().id()).findFirst().orElseThrow(() -> new GendanException("error.noUser"));
        long pipeline = pipelineId != null ? pipelineId : defaultPipeline(s);
        ImportLookups l = new ImportLookups(s, owner, pipeline);
        for (ImportLookupRepository.UserRow u : users) {
            l.logins.add(u.user().login().toLowerCase(Locale.ROOT));
            if (u.active()) {
                l.usersByName.putIfAbsent(PlanKeys.text(u.user().displayName()), u.user());
                l.usersByName.putIfAbsent(PlanKeys.text(u.user().login()), u.user());
            }
        }
        for (ImportLookupRepository.CustomerKeys c : s.importLookups().customers()) {
            l.customers.put(c.customer().id(), c.customer());
            l.customersByNameKey.computeIfAbsent(c.nameKey(), k -> new ArrayList<>(1)).add(c.customer());
            if (c.phoneKey() != null) {
                l.customerByPhoneKey.putIfAbsent(c.phoneKey(), c.customer().id());
            }
        }
        for (ImportLookupRepository.ContactKey k : s.importLookups().contacts()) {
            if (!l.customers.containsKey(k.customerId())) {
                continue; // an archived customer's contact
            }
            l.contacts.computeIfAbsent(k.customerId(), id -> new HashMap<>()).putIfAbsent(PlanKeys.text(k.name()), k.id());
            if (k.phoneKey() != null) {
                l.customerByPhoneKey.putIfAbsent(k.phoneKey(), k.customerId());
            }
        }
        s.importLookups().orderKeys(k -> {
            l.ordersByNo.put(k.orderNo(), k);
            l.ordersByTitle.computeIfAbsent(k.customerId() + "|" + PlanKeys.text(k.title()), x -> new ArrayList<>(1)).add(k);
        });
        return l;
    }

    private static long defaultPipeline(StoreTx s) {
        List<Pipeline> all = s.pipelines().all().stream().filter(p -> !p.archived()).toList();
        return all.stream().filter(Pipeline::isDefault).findFirst().or(() -> all.stream().findFirst())
                .map(Pipeline::id).orElseThrow(() -> new GendanException("error.noPipeline"));
    }

    public List<Stage> stages(long pipeline) {
        return stages.computeIfAbsent(pipeline, id -> store.pipelines().stages(id));
    }
}
