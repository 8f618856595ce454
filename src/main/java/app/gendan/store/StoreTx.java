package app.gendan.store;

import app.gendan.domain.i18n.DefaultNames;
import org.jooq.DSLContext;

/** The repositories bound to one transaction (or one read). Services never see jOOQ. */
public final class StoreTx {
    private final DSLContext dsl;
    private final DefaultNames names;

    StoreTx(DSLContext dsl) {
        this(dsl, DefaultNames.AS_STORED);
    }

    /** Repositories that read default pipeline and stage names in the language of {@code names}. */
    StoreTx(DSLContext dsl, DefaultNames names) {
        this.dsl = dsl;
        this.names = names;
    }

    public UserRepository users() { return new UserRepository(dsl); }

    public SettingsRepository settings() { return new SettingsRepository(dsl); }

    public CustomerRepository customers() { return new CustomerRepository(dsl); }

    public ContactRepository contacts() { return new ContactRepository(dsl); }

    public PipelineRepository pipelines() { return new PipelineRepository(dsl, names); }

    public OrderRepository orders() { return new OrderRepository(dsl); }

    public ChecklistRepository checklists() { return new ChecklistRepository(dsl); }

    public OrderNumberRepository orderNumbers() { return new OrderNumberRepository(dsl); }

    public AuditRepository audit() { return new AuditRepository(dsl); }

    public ChangeFeedRepository changeFeed() { return new ChangeFeedRepository(dsl); }

    public SearchRepository search() { return new SearchRepository(dsl); }

    public ExtraFieldRepository extraFields() { return new ExtraFieldRepository(dsl); }

    public FollowUpRepository followUps() { return new FollowUpRepository(dsl); }

    public MilestoneRepository milestones() { return new MilestoneRepository(dsl); }

    public AlertRepository alerts() { return new AlertRepository(dsl, names); }

    public NotificationRepository notifications() { return new NotificationRepository(dsl); }

    public ExportRepository exports() { return new ExportRepository(dsl, names); }

    public ReportRepository reports() { return new ReportRepository(dsl, names); }

    public ImportBatchRepository importBatches() { return new ImportBatchRepository(dsl); }

    public ImportMappingRepository importMappings() { return new ImportMappingRepository(dsl); }

    public ImportLookupRepository importLookups() { return new ImportLookupRepository(dsl); }

    public ImportWriteRepository importWrites() { return new ImportWriteRepository(dsl); }

    public ImportRevertRepository importReverts() { return new ImportRevertRepository(dsl); }
}
