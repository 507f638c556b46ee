package org.openar.cashapp.bench;

import java.util.List;
import java.util.Random;

/** Word pools for synthetic customer names: Chinese names with their pinyin, Latin company names. */
final class NamePools {

  static final String[][] CITIES = {{"上海", "SHANGHAI"}, {"北京", "BEIJING"}, {"深圳", "SHENZHEN"}, {"广州", "GUANGZHOU"},
      {"杭州", "HANGZHOU"}, {"苏州", "SUZHOU"}, {"南京", "NANJING"}, {"天津", "TIANJIN"}, {"成都", "CHENGDU"},
      {"武汉", "WUHAN"}, {"宁波", "NINGBO"}, {"青岛", "QINGDAO"}, {"厦门", "XIAMEN"}, {"东莞", "DONGGUAN"},
      {"佛山", "FOSHAN"}, {"无锡", "WUXI"}, {"重庆", "CHONGQING"}, {"西安", "XIAN"}, {"长沙", "CHANGSHA"},
      {"郑州", "ZHENGZHOU"}};
  static final String[][] SYLLABLES = {{"华", "HUA"}, {"信", "XIN"}, {"中", "ZHONG"}, {"国", "GUO"}, {"宏", "HONG"},
      {"达", "DA"}, {"鑫", "XIN"}, {"源", "YUAN"}, {"泰", "TAI"}, {"恒", "HENG"}, {"盛", "SHENG"}, {"隆", "LONG"},
      {"嘉", "JIA"}, {"瑞", "RUI"}, {"安", "AN"}, {"康", "KANG"}, {"明", "MING"}, {"德", "DE"}, {"天", "TIAN"},
      {"宇", "YU"}, {"金", "JIN"}, {"丰", "FENG"}, {"汇", "HUI"}, {"通", "TONG"}, {"长", "CHANG"}, {"江", "JIANG"},
      {"海", "HAI"}, {"新", "XIN"}, {"博", "BO"}, {"远", "YUAN"}, {"永", "YONG"}, {"利", "LI"}, {"亿", "YI"},
      {"星", "XING"}, {"光", "GUANG"}, {"美", "MEI"}, {"力", "LI"}, {"创", "CHUANG"}, {"联", "LIAN"}, {"合", "HE"}};
  static final String[][] TRADES = {{"贸易", "TRADING"}, {"科技", "TECHNOLOGY"}, {"电子", "ELECTRONICS"},
      {"机械", "MACHINERY"}, {"化工", "CHEMICAL"}, {"纺织", "TEXTILE"}, {"物流", "LOGISTICS"}, {"建材", "BUILDING MATERIALS"},
      {"食品", "FOOD"}, {"医药", "PHARMACEUTICAL"}, {"汽车配件", "AUTO PARTS"}, {"包装", "PACKAGING"},
      {"新能源", "NEW ENERGY"}, {"信息技术", "INFORMATION TECHNOLOGY"}, {"精密制造", "PRECISION MANUFACTURING"}};
  static final String[][] CN_FORMS = {{"有限公司", "CO., LTD."}, {"股份有限公司", "CO., LTD."},
      {"有限责任公司", "CO., LTD."}};
  static final List<String> LATIN_FIRST = List.of("Müller", "Schmidt", "Weber", "Fischer", "Becker", "Hoffmann",
      "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Krüger", "Hartmann",
      "Lange", "Werner", "Krause", "Atlas", "Nordic", "Alpine", "Pacific", "Summit", "Horizon", "Vertex", "Meridian",
      "Harbor", "Granite", "Silverline", "Bluewater", "Redwood", "Ironbridge", "Crescent", "Evergreen", "Lakeside",
      "Northstar", "Oakridge", "Pinnacle", "Riverside", "Sterling", "Westfield", "Brightway", "Clearview", "Dunmore",
      "Fairhaven", "Goldcrest", "Highgate", "Kingsley");
  static final List<String> LATIN_SECOND = List.of("Maschinenbau", "Logistik", "Handel", "Elektronik", "Industries",
      "Trading", "Systems", "Solutions", "Manufacturing", "Components", "Foods", "Textiles", "Chemicals", "Packaging",
      "Technologies", "Engineering", "Supplies", "Distribution", "Holdings", "Automotive");
  static final List<String> LATIN_MIDDLE = List.of("Nord", "Süd", "International", "Europe", "Asia", "Global",
      "Precision", "Industrial", "Digital", "Advanced", "United", "Continental", "Rhein", "Main", "Elbe", "Baltic",
      "Atlantic", "Alpen", "Coastal", "Metro", "Prime", "Royal", "Central", "Western", "Eastern", "Union", "Allied",
      "Premier", "Modern", "Classic", "Green", "Smart", "Rapid", "Swiss", "Hanse", "Bavaria", "Sino", "Euro", "Trans",
      "Inter");
  static final List<String> LATIN_FORMS = List.of("GmbH", "GmbH & Co. KG", "AG", "Inc.", "LLC", "Ltd.", "Limited",
      "Co., Ltd.", "S.A.", "B.V.", "Corp.", "S.r.l.");
  static final List<String> STRANGERS = List.of("Finanzamt Muenchen", "ZINSGUTSCHRIFT", "Stadtwerke Nord", "国家税务总局",
      "Hans Peter Lindqvist", "张伟", "王芳", "John A. Smith", "Payroll Return", "Insurance Claims Dept", "退款中心",
      "Amazon Payments Europe", "PayPal (Europe) S.a r.l.", "Landeskasse", "社保中心", "Bank interest");

  private NamePools() {}

  static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  static <T> T pick(Random r, List<T> a) {
    return a.get(r.nextInt(a.size()));
  }
}
