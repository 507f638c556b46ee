package org.openar.demo.app;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Company, person and product names for the demo book: Chinese companies (city + brand + trade + legal form, most with
 * an English name in pinyin) and foreign ones (brand + trade + Co., Ltd. / GmbH / Inc. ...). Never the same name twice.
 */
final class DemoNames {

  record City(String zh, String en, String province, String division) {}

  record Brand(String zh, String en) {}

  record Trade(String zh, String en) {}

  record Product(String zh, String en, String unitZh, String unitEn, int taxRate, long minCents, long maxCents) {}

  static final List<City> CITIES = List.of(
      new City("上海", "Shanghai", "上海市", "310115"), new City("北京", "Beijing", "北京市", "110105"),
      new City("深圳", "Shenzhen", "广东省", "440305"), new City("广州", "Guangzhou", "广东省", "440106"),
      new City("杭州", "Hangzhou", "浙江省", "330106"), new City("苏州", "Suzhou", "江苏省", "320505"),
      new City("南京", "Nanjing", "江苏省", "320106"), new City("成都", "Chengdu", "四川省", "510107"),
      new City("武汉", "Wuhan", "湖北省", "420106"), new City("天津", "Tianjin", "天津市", "120101"),
      new City("宁波", "Ningbo", "浙江省", "330203"), new City("厦门", "Xiamen", "福建省", "350203"),
      new City("青岛", "Qingdao", "山东省", "370202"), new City("重庆", "Chongqing", "重庆市", "500103"),
      new City("西安", "Xi'an", "陕西省", "610113"), new City("无锡", "Wuxi", "江苏省", "320214"));

  static final List<Brand> BRANDS = List.of(
      new Brand("华信", "Huaxin"), new Brand("恒通", "Hengtong"), new Brand("鼎盛", "Dingsheng"),
      new Brand("瑞丰", "Ruifeng"), new Brand("金桥", "Jinqiao"), new Brand("宏达", "Hongda"),
      new Brand("永兴", "Yongxing"), new Brand("东方", "Dongfang"), new Brand("中科", "Zhongke"),
      new Brand("联创", "Lianchuang"), new Brand("博远", "Boyuan"), new Brand("天成", "Tiancheng"),
      new Brand("海纳", "Haina"), new Brand("万和", "Wanhe"), new Brand("佳禾", "Jiahe"), new Brand("明珠", "Mingzhu"),
      new Brand("启航", "Qihang"), new Brand("星辰", "Xingchen"), new Brand("嘉诚", "Jiacheng"),
      new Brand("德润", "Derun"), new Brand("盛世", "Shengshi"), new Brand("汇通", "Huitong"),
      new Brand("长江", "Changjiang"), new Brand("新源", "Xinyuan"), new Brand("凯达", "Kaida"));

  static final List<Trade> TRADES = List.of(
      new Trade("贸易", "Trading"), new Trade("科技", "Technology"), new Trade("电子", "Electronics"),
      new Trade("机械", "Machinery"), new Trade("物流", "Logistics"), new Trade("医药", "Pharmaceutical"),
      new Trade("化工", "Chemical"), new Trade("食品", "Foods"), new Trade("建材", "Building Materials"),
      new Trade("汽车配件", "Auto Parts"), new Trade("信息技术", "Information Technology"),
      new Trade("精密仪器", "Precision Instruments"));

  static final List<String> FOREIGN_BRANDS = List.of("Northwind", "Contoso", "Fabrikam", "Alpine", "Harbor",
      "Summit", "Bluewater", "Evergreen", "Redwood", "Keystone", "Pioneer", "Silverline", "Lakeside", "Brightstar",
      "Ironbridge", "Westfield", "Nordic", "Atlas", "Meridian", "Oakridge");

  static final List<String> FOREIGN_TRADES = List.of("Trading", "Logistics", "Electronics", "Industries",
      "Components", "Foods", "Textiles", "Machinery", "Solutions", "Instruments");

  /** Legal form, country and invoicing currency of a foreign customer. */
  record Foreign(String form, String country, String currency) {}

  static final List<Foreign> FOREIGN_FORMS = List.of(new Foreign("Co., Ltd.", "HK", "CNY"),
      new Foreign("GmbH", "DE", "EUR"), new Foreign("Inc.", "US", "USD"), new Foreign("Pte. Ltd.", "SG", "USD"),
      new Foreign("Ltd.", "GB", "USD"), new Foreign("AG", "CH", "EUR"), new Foreign("LLC", "US", "USD"));

  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
      "胡", "郭", "何", "林", "高", "罗"};
  static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟",
      "涛", "明", "超", "秀英", "晓东", "建华"};
  static final String[] FIRST = {"James", "Anna", "Michael", "Laura", "Thomas", "Sarah", "David", "Julia", "Peter",
      "Emma", "Daniel", "Sophie"};
  static final String[] LAST = {"Miller", "Smith", "Schmidt", "Johnson", "Weber", "Brown", "Fischer", "Wagner",
      "Taylor", "Becker", "Clarke", "Lee"};
  static final String[] STREETS = {"世纪大道", "中山路", "人民路", "解放路", "建设路", "科技园路", "长江路", "和平路"};

  static final List<Product> PRODUCTS = List.of(
      new Product("工业传感器", "Industrial sensor", "个", "pcs", 13, 8_000, 120_000),
      new Product("不锈钢管材", "Stainless steel pipe", "米", "m", 13, 3_500, 40_000),
      new Product("电子元器件", "Electronic components", "批", "lot", 13, 200_000, 3_000_000),
      new Product("包装材料", "Packaging material", "箱", "box", 13, 5_000, 30_000),
      new Product("液压泵", "Hydraulic pump", "台", "unit", 13, 300_000, 2_500_000),
      new Product("化工原料", "Chemical raw material", "吨", "t", 13, 400_000, 1_200_000),
      new Product("办公设备", "Office equipment", "台", "unit", 13, 150_000, 900_000),
      new Product("技术服务费", "Technical service", "项", "job", 6, 500_000, 5_000_000),
      new Product("软件许可", "Software licence", "套", "set", 6, 1_000_000, 8_000_000),
      new Product("物流运输服务", "Freight service", "次", "trip", 9, 80_000, 600_000));

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final Random random;
  private final Set<String> used = new HashSet<>();

  DemoNames(Random random) {
    this.random = random;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  String pick(String[] array) {
    return array[random.nextInt(array.length)];
  }

  /** A Chinese company: {zh, en} (en may be null: not every company has an English name). */
  String[] chinese(City city, boolean withEnglish) {
    for (int attempt = 0; ; attempt++) {
      Brand brand = pick(BRANDS);
      Trade trade = pick(TRADES);
      boolean joint = random.nextInt(6) == 0;
      String zh = city.zh() + brand.zh() + trade.zh() + (joint ? "股份有限公司" : "有限公司");
      if (attempt > 20) {
        zh = city.zh() + brand.zh() + trade.zh() + "（第" + attempt + "分公司）有限公司";
      }
      if (used.add(zh)) {
        String en = city.en() + " " + brand.en() + " " + trade.en() + (joint ? " Corp., Ltd." : " Co., Ltd.");
        return new String[] {zh, withEnglish ? en : null};
      }
    }
  }

  String foreign(Foreign form) {
    for (int attempt = 0; ; attempt++) {
      String name = pick(FOREIGN_BRANDS) + " " + pick(FOREIGN_TRADES) + (attempt > 20 ? " " + attempt : "") + " "
          + form.form();
      if (used.add(name)) {
        return name;
      }
    }
  }

  String chinesePerson() {
    return pick(SURNAMES) + pick(GIVEN);
  }

  String englishPerson() {
    return pick(FIRST) + " " + pick(LAST);
  }

  String street() {
    return pick(STREETS) + (1 + random.nextInt(999)) + "号";
  }

  /** A valid unified social credit code (GB 32100-2015) for a company registered in {@code division}. */
  String creditCode(String division) {
    StringBuilder sb = new StringBuilder("91").append(division);
    while (sb.length() < 17) {
      sb.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(sb.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return sb.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
  }
}
