package app.gendan.service.imports.detect;

/**
 * Folds traditional Chinese characters to their simplified forms (客戶名稱 → 客户名称, 報價中 → 报价中),
 * so that trackers from Taiwan and Hong Kong offices are understood by the same header and status
 * words. The table holds the characters of such words and of everyday business text, one for one;
 * characters that are also in everyday simplified use (著, 乾) are left out, so simplified text
 * never changes.
 */
public final class TraditionalChinese {
    // TRADITIONAL.charAt(i) folds to SIMPLIFIED.charAt(i); TRADITIONAL is sorted, for a binary search
    private static final String TRADITIONAL =
            "丟亞佈來係倉個們倫偉側備傳傷僅僑價儀億優儲兌內兩凱別則剛創劃劉動務勝勞勢匯區協參吳員唄問啞啟單噴噸嚴"
            + "囑圍園圖團執報場塊塗墊壇壓壞夠夢夥夾奧奪奮媽孫宮實寧審寫寬寶專對導層屬島峽崗嶺師帳帶幣幫庫廈廟廠廢廣"
            + "廳張彈彎彥後徑從徵徹惡愛態慣慮慶憂憑憶應懷懸戰戶掃掛揚換損搖搶撐撲撿擁擇擊擋擔據擠擴擺擾攜攝攬敗敵數"
            + "斂斷於時晉暢暫曉曠書會東條棄棗楊業極榮構槍槓樂樓標樣樸樹橋機檔檢欄權欽歐歡歷歸殘殺氈氣決沒況淚淨淵淺"
            + "減渦測湯準溝溫滅滬滯滲滾滿漢漲潔潛潤澤濕濟濤濱濾瀉瀏灣災為無煙煥煩熱燈燒燙營爐牆牽狀猶獎獨獲獵現瑣瑪"
            + "環瓊產畢畫異當瘋療癱發皺盜盡監盤盧眾睜矯確碼磚礎礙礦禍禪禿稅種稱穀積穩窮竊競筆節範築簡簽籌籠籮粵糧糾"
            + "紀約紅納紐純紗紙級紛細紹終組絆結絕絞絡給絨統絹綁經綜綠綢維綱網綿緊線編緩緯練縣縮縱總績織繡繩繪繭繳繼"
            + "續纖纜罰罵罷羅義習聖聞聯聰聲職聽聾脅脈脹腦腫腸膚膽臉臨臺與興舉舊艙艱莊華葉蓋蓮蔣蕩蕭薦藍藝藥蘇蘋蘭蘿"
            + "處虜號虧蝕蠟蠻術衝補裝裡製複襖襯見規視覽觀觸訂計訊討訓記訪設許訴診註評詞詢試話該詳認誠誤說誰課調談請"
            + "諒論諾謀謂謄謎講謝謬謹證識譚譜譯議護譽讀變讓豎豐豬貝負財貢貧貨販貫責貴貶買貸費貼貿賀賃資賊賠賢賣質賭"
            + "賴購贈贏贓贛趕趙趨跡踐蹤蹺躍躥軀車軌軍軟較載輔輕輛輝輩輪輯輸輿轄轉辦辭農這連週進運過達違遜遞遠適遲遷"
            + "選遺遼還邊郵鄉鄔鄧鄭鄰醫醬釀釋釘針釣鈍鈔鈕鈞鈴鉛鉤銀銅銜銳銷鋁鋒鋪鋸鋼錄錘錢錦錯鍋鍛鍵鍾鎊鎖鎮鏈鏡鏽"
            + "鐘鐵鑑鑰鑼鑽長門閃閆閉開閒間閘閣閥閨閩閱闊闖關陝陣陳陸陽隊階隕際隨險隱隴隸雖雙雛雜雞離難雲電霧靂靈鞦"
            + "韋韓響頁頂項順須頌預頑頒頓頗領頭頸頻顆題額顏類顧顯風飄飛飢飯飲飼飽飾餅餘館饋馬馮馳駐駕騎騙騷驅驕驗驚"
            + "驢髒體鬥鬧魚魯鮮鳥鳳鳴鴨鴻鵝鵬鹽麗麥黃點齊齡龍龔龜";
    private static final String SIMPLIFIED =
            "丢亚布来系仓个们伦伟侧备传伤仅侨价仪亿优储兑内两凯别则刚创划刘动务胜劳势汇区协参吴员呗问哑启单喷吨严"
            + "嘱围园图团执报场块涂垫坛压坏够梦伙夹奥夺奋妈孙宫实宁审写宽宝专对导层属岛峡岗岭师账带币帮库厦庙厂废广"
            + "厅张弹弯彦后径从征彻恶爱态惯虑庆忧凭忆应怀悬战户扫挂扬换损摇抢撑扑捡拥择击挡担据挤扩摆扰携摄揽败敌数"
            + "敛断于时晋畅暂晓旷书会东条弃枣杨业极荣构枪杠乐楼标样朴树桥机档检栏权钦欧欢历归残杀毡气决没况泪净渊浅"
            + "减涡测汤准沟温灭沪滞渗滚满汉涨洁潜润泽湿济涛滨滤泻浏湾灾为无烟焕烦热灯烧烫营炉墙牵状犹奖独获猎现琐玛"
            + "环琼产毕画异当疯疗瘫发皱盗尽监盘卢众睁矫确码砖础碍矿祸禅秃税种称谷积稳穷窃竞笔节范筑简签筹笼箩粤粮纠"
            + "纪约红纳纽纯纱纸级纷细绍终组绊结绝绞络给绒统绢绑经综绿绸维纲网绵紧线编缓纬练县缩纵总绩织绣绳绘茧缴继"
            + "续纤缆罚骂罢罗义习圣闻联聪声职听聋胁脉胀脑肿肠肤胆脸临台与兴举旧舱艰庄华叶盖莲蒋荡萧荐蓝艺药苏苹兰萝"
            + "处虏号亏蚀蜡蛮术冲补装里制复袄衬见规视览观触订计讯讨训记访设许诉诊注评词询试话该详认诚误说谁课调谈请"
            + "谅论诺谋谓誊谜讲谢谬谨证识谭谱译议护誉读变让竖丰猪贝负财贡贫货贩贯责贵贬买贷费贴贸贺赁资贼赔贤卖质赌"
            + "赖购赠赢赃赣赶赵趋迹践踪跷跃蹿躯车轨军软较载辅轻辆辉辈轮辑输舆辖转办辞农这连周进运过达违逊递远适迟迁"
            + "选遗辽还边邮乡邬邓郑邻医酱酿释钉针钓钝钞钮钧铃铅钩银铜衔锐销铝锋铺锯钢录锤钱锦错锅锻键钟镑锁镇链镜锈"
            + "钟铁鉴钥锣钻长门闪闫闭开闲间闸阁阀闺闽阅阔闯关陕阵陈陆阳队阶陨际随险隐陇隶虽双雏杂鸡离难云电雾雳灵秋"
            + "韦韩响页顶项顺须颂预顽颁顿颇领头颈频颗题额颜类顾显风飘飞饥饭饮饲饱饰饼余馆馈马冯驰驻驾骑骗骚驱骄验惊"
            + "驴脏体斗闹鱼鲁鲜鸟凤鸣鸭鸿鹅鹏盐丽麦黄点齐龄龙龚龟";
    private static final char[] TABLE = TRADITIONAL.toCharArray();
    private static final char FIRST = TABLE[0];

    private TraditionalChinese() {}

    /** The text with its traditional characters simplified; the same instance when there are none. */
    public static String simplify(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < FIRST) {
                continue; // Latin text and most of the CJK block before it: spared the search
            }
            int at = java.util.Arrays.binarySearch(TABLE, c);
            if (at >= 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = SIMPLIFIED.charAt(at);
            }
        }
        return out == null ? s : new String(out);
    }

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("the two rows of the table differ in length");
        }
    }
}
