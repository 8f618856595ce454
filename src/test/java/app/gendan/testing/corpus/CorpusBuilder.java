package app.gendan.testing.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the tracker corpus into src/test/resources/corpus/: order lists and follow-up logs the way
 * reps, Excel, WPS, ERPs and CRMs leave them, with expected.json holding the facts an import must
 * find in each. Each tracker is made by one method named after it ({@link FollowUpLogs},
 * {@link ChineseOrders}, {@link CrmExports}, {@link EnglishTrackers}); every one draws from its own
 * fixed seed, so running this again writes the same rows and the same expected.json.
 *
 * <p>Run from the project folder after {@code mvn test-compile}:
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}, then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.gendan.testing.corpus.CorpusBuilder}.
 */
public final class CorpusBuilder {
    private CorpusBuilder() {}

    static List<Tracker> trackers() {
        return List.of(
                FollowUpLogs.yearlyFollowUpLog(),
                FollowUpLogs.visitsPerRepWithGroupHeaders(),
                ChineseOrders.monthlyOrderSheets(),
                ChineseOrders.oldXlsOrderDetails(),
                CrmExports.fxiaokeOpportunityExport(),
                CrmExports.xiaoshouyiOpportunityCsv(),
                CrmExports.salesforceOpportunityReport(),
                CrmExports.hubspotDealsExport(),
                EnglishTrackers.europeanSemicolonOrders(),
                ChineseOrders.gbkOrderTracker(),
                FollowUpLogs.gb18030FollowUps(),
                FollowUpLogs.excelUnicodeTextFollowUps(),
                ChineseOrders.big5TaiwanOrders(),
                ChineseOrders.erpPipeOrderLines(),
                ChineseOrders.serialNumberDates(),
                FollowUpLogs.quarterlyFollowUpsAcrossYears(),
                EnglishTrackers.englishTrackerHeaderOnLine5(),
                EnglishTrackers.englishCallLog(),
                EnglishTrackers.englishWeeklyPerRep(),
                ChineseOrders.wpsQuoteTracker(),
                ChineseOrders.paymentTracking(),
                FollowUpLogs.tradeShowLeads(),
                FollowUpLogs.dailyReportPerMonth(),
                ChineseOrders.legacyXlsOpenAndClosed(),
                ChineseOrders.projectsInWan(),
                CrmExports.crmActivityTsv(),
                EnglishTrackers.ukOrderBook(),
                FollowUpLogs.fxiaokeFollowUpRecords(),
                EnglishTrackers.distributorAccounts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(dir);
        List<Tracker> trackers = trackers();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Tracker t : trackers) {
            TrackerWriter.write(t, dir);
            expected.put(t.file, t.facts());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("expected.json").toFile(), expected);
        System.out.println(trackers.size() + " trackers written to " + dir);
    }
}
