package app.gendan.testing.corpus;

import static app.gendan.testing.corpus.Pools.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the corpus builders share: seeds, status words, how customers move through them, who is contacted when. */
final class CorpusRows {
    private CorpusRows() {}

    /** The follow-up words of Chinese trackers, in the order a customer usually moves through them. */
    static final String[] ZH_PATH = {"待回访", "跟进中", "有意向", "已报价", "谈判中", "签约中", "已成交"};
    static final String[] ZH_ORDER_PATH = {"跟进中", "已报价", "谈判中", "签约中", "已成交"};
    static final String[] SF_PATH = {"Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
            "Negotiation/Review", "Closed Won"};
    static final String[] CRM_ZH_PATH = {"初步接触", "需求分析", "方案报价", "商务谈判", "赢单"};

    static Random seed(String name) {
        return new Random(20_241_231L ^ name.hashCode());
    }

    /** Where a follow-up log's customers stand: an index into the path, or -1 once they said no. */
    static final class Progress {
        private final Map<String, Integer> at = new HashMap<>();

        String next(Random r, String customer, String[] path, String lost) {
            Integer i = at.get(customer);
            if (i == null) {
                i = r.nextInt(2);
            } else if (i >= 0 && i < path.length - 1) {
                if (r.nextInt(12) == 0) {
                    i = -1;
                } else if (r.nextInt(5) < 2) {
                    i++;
                }
            }
            at.put(customer, i);
            return i < 0 ? lost : path[i];
        }
    }

    /** Contacts in date order: every customer at least once, a few of them many times. */
    record Visit(LocalDate date, String customer) {}

    static List<Visit> visits(Random r, List<String> customers, int rows, LocalDate from, LocalDate to) {
        List<Visit> v = new ArrayList<>();
        for (String c : customers) {
            v.add(new Visit(day(r, from, to), c));
        }
        while (v.size() < rows) {
            int skewed = r.nextInt(r.nextInt(customers.size()) + 1);
            v.add(new Visit(day(r, from, to), customers.get(skewed)));
        }
        v.sort(Comparator.comparing(Visit::date));
        return v;
    }

    static Map<String, String[]> contacts(Random r, List<String> customers) {
        Map<String, String[]> m = new HashMap<>();
        for (String c : customers) {
            m.put(c, new String[] {zhPerson(r), mobile(r)});
        }
        return m;
    }

    static String region(String company) {
        String city = company.substring(0, 2);
        return switch (city) {
            case "北京", "天津", "青岛", "郑州" -> "华北";
            case "深圳", "广州", "东莞", "佛山", "厦门" -> "华南";
            case "成都", "重庆", "武汉", "长沙" -> "华中西南";
            default -> "华东";
        };
    }

    /** The model part of "伺服电机 MS-750W"; a product without one is written whole. */
    static String model(String product) {
        int space = product.lastIndexOf(' ');
        return space < 0 ? product : product.substring(space + 1);
    }
}
