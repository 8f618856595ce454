package app.gendan.ui.board;

import app.gendan.domain.BoardCard;
import app.gendan.domain.BoardFilter;
import app.gendan.domain.BoardModel;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.Stage;
import app.gendan.domain.StepFilter;
import app.gendan.domain.User;
import app.gendan.service.BoardData;
import app.gendan.service.UnfinishedChecklistException;
import app.gendan.ui.AppContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board's state: which pipeline, which filter, the loaded cards and the model built from
 * them. Loads on background tasks; filtering is in memory, so typing in the filter never hits
 * the database.
 */
public final class BoardViewModel {
    private final AppContext ctx;
    private boolean suppressReload;
    private final ObservableList<Pipeline> pipelines = FXCollections.observableArrayList();
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>();
    private final ObservableList<OwnerChoice> owners = FXCollections.observableArrayList();
    private final ObjectProperty<OwnerChoice> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<StepFilter> stepFilter = new SimpleObjectProperty<>(StepFilter.ALL);
    private final ObjectProperty<BoardModel> model = new SimpleObjectProperty<>();
    private final BooleanProperty emptyDatabase = new SimpleBooleanProperty();
    private final BooleanProperty loadingDemo = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final Set<Long> moving = new HashSet<>();

    private List<Stage> stages = List.of();
    private final List<BoardCard> cards = new ArrayList<>();
    private long loadGeneration;

    public BoardViewModel(AppContext ctx) {
        this.ctx = ctx;
        owner.addListener((o, a, b) -> rebuild());
        priority.addListener((o, a, b) -> rebuild());
        text.addListener((o, a, b) -> rebuild());
        stepFilter.addListener((o, a, b) -> rebuild());
        pipeline.addListener((o, a, b) -> {
            if (!suppressReload && b != null && (a == null || a.id() != b.id())) {
                reload();
            }
        });
    }

    /** First load: pipelines, users for the owner filter, whether the database is empty; then the board. */
    public void start() {
        ctx.tasks().run(() -> BoardStart.load(ctx.workspace()), this::applyStart, ctx.errors()::show);
    }

    /** Shows a snapshot loaded ahead (at start-up) without another trip to the database. */
    public void startWith(BoardStart prefetched) {
        applyStart(prefetched);
    }

    private void applyStart(BoardStart s) {
        List<OwnerChoice> choices = new ArrayList<>();
        choices.add(new OwnerChoice(OwnerChoice.Kind.ALL, null, ctx.text("board.filter.all")));
        choices.add(new OwnerChoice(OwnerChoice.Kind.MINE, null, ctx.text("board.filter.mine")));
        s.users().forEach(u -> choices.add(new OwnerChoice(OwnerChoice.Kind.USER, u.id(), u.displayName())));
        OwnerChoice previous = owner.get();
        owners.setAll(choices);
        owner.set(choices.stream().filter(c -> previous != null && c.kind() == previous.kind()
                && java.util.Objects.equals(c.userId(), previous.userId())).findFirst().orElse(choices.get(0)));
        emptyDatabase.set(s.empty());
        Pipeline current = pipeline.get();
        pipelines.setAll(s.pipelines());
        Pipeline pick = s.pipelines().stream().filter(p -> current != null && p.id() == current.id()).findFirst()
                .or(() -> s.pipelines().stream().filter(Pipeline::isDefault).findFirst())
                .orElse(s.pipelines().isEmpty() ? null : s.pipelines().get(0));
        if (pick != null && s.board() != null && s.board().pipeline().id() == pick.id()) {
            // the snapshot already holds this pipeline's cards: show them, no second load
            loadGeneration++;
            suppressReload = true;
            pipeline.set(pick);
            suppressReload = false;
            apply(s.board());
        } else if (pick != null && current != null && pick.id() == current.id()) {
            pipeline.set(pick);
            reload();
        } else {
            pipeline.set(pick);
        }
    }

    /** Reloads the cards of the current pipeline from the database. */
    public void reload() {
        Pipeline p = pipeline.get();
        if (p == null) {
            return;
        }
        long generation = ++loadGeneration;
        ctx.tasks().run(() -> ctx.workspace().board().load(p.id()), data -> {
            if (generation == loadGeneration) {
                apply(data);
            }
        }, ctx.errors()::show);
    }

    private void apply(BoardData data) {
        stages = data.stages();
        cards.clear();
        cards.addAll(data.cards());
        if (!cards.isEmpty()) {
            emptyDatabase.set(false);
        }
        rebuild();
        loaded.set(true);
    }

    private void rebuild() {
        model.set(BoardModel.build(stages, cards, filter()));
    }

    public BoardFilter filter() {
        OwnerChoice o = owner.get();
        Long ownerId = null;
        if (o != null && o.kind() == OwnerChoice.Kind.MINE && ctx.user() != null) {
            ownerId = ctx.user().id();
        } else if (o != null && o.kind() == OwnerChoice.Kind.USER) {
            ownerId = o.userId();
        }
        return new BoardFilter(ownerId, priority.get(), text.get(), stepFilter.get(), ctx.workspace().clock().instant(),
                ctx.formats().zone());
    }

    /** The stage {@code delta} columns left (-1) or right (+1) of {@code stageId}, if any. */
    public Stage neighbour(long stageId, int delta) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id() == stageId) {
                int j = i + delta;
                return j >= 0 && j < stages.size() ? stages.get(j) : null;
            }
        }
        return null;
    }

    /**
     * Moves a card. When the stage it leaves has unticked SOP items, {@code confirm} decides;
     * a refusal leaves the card where it was. {@code onMoved} gets the order id after success.
     */
    public void move(BoardCard card, long toStageId, Predicate<UnfinishedChecklistException> confirm, LongConsumer onMoved) {
        if (card.stageId() == toStageId || !moving.add(card.orderId())) {
            return;
        }
        doMove(card, toStageId, false, confirm, onMoved);
    }

    private void doMove(BoardCard card, long toStageId, boolean confirmed,
                        Predicate<UnfinishedChecklistException> confirm, LongConsumer onMoved) {
        ctx.tasks().run(() -> ctx.workspace().orders().move(card.orderId(), card.version(), toStageId, confirmed),
                moved -> {
                    moving.remove(card.orderId());
                    replace(card.orderId(), moved);
                    onMoved.accept(card.orderId());
                },
                error -> {
                    if (error instanceof UnfinishedChecklistException u && !confirmed && confirm.test(u)) {
                        doMove(card, toStageId, true, confirm, onMoved);
                        return;
                    }
                    moving.remove(card.orderId());
                    if (!(error instanceof UnfinishedChecklistException)) {
                        ctx.errors().show(error);
                    }
                    if (error instanceof StaleEditException) {
                        reload();
                    }
                });
    }

    private void replace(long orderId, SalesOrder moved) {
        for (int i = 0; i < cards.size(); i++) {
            BoardCard c = cards.get(i);
            if (c.orderId() == orderId) {
                cards.set(i, c.movedTo(moved.stageId(), moved.stageEnteredAt(), moved.version()));
                break;
            }
        }
        rebuild();
    }

    /** @param loaded runs once the demo is in (every screen and the reminders look again) */
    public void loadDemo(Runnable loaded) {
        loadingDemo.set(true);
        ctx.tasks().run(() -> ctx.workspace().demo().load(ctx.messages()), summary -> {
            loadingDemo.set(false);
            emptyDatabase.set(false);
            start();
            loaded.run();
        }, error -> {
            loadingDemo.set(false);
            ctx.errors().show(error);
        });
    }

    public boolean isMoving() { return !moving.isEmpty(); }

    public List<Stage> stages() { return stages; }

    public ObservableList<Pipeline> pipelines() { return pipelines; }

    public ObjectProperty<Pipeline> pipelineProperty() { return pipeline; }

    public ObservableList<OwnerChoice> owners() { return owners; }

    public ObjectProperty<OwnerChoice> ownerProperty() { return owner; }

    public ObjectProperty<Priority> priorityProperty() { return priority; }

    public StringProperty textProperty() { return text; }

    /** All cards, only those with an overdue next step, or only open orders with no next step. */
    public ObjectProperty<StepFilter> stepFilterProperty() { return stepFilter; }

    public ObjectProperty<BoardModel> modelProperty() { return model; }

    public BooleanProperty emptyDatabaseProperty() { return emptyDatabase; }

    public BooleanProperty loadingDemoProperty() { return loadingDemo; }

    /** True once the cards of a pipeline have been loaded. */
    public BooleanProperty loadedProperty() { return loaded; }
}
