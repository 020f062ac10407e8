import type { UsState } from "@faircollect/contract";

/** Invented names and places for the demo portfolio; any likeness to a real person is chance. */
export const cnSurnames = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
export const cnGiven = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "志强",
  "晓东",
  "海燕",
  "丹丹",
  "小红",
  "国庆",
  "文博",
  "子涵",
  "雨欣",
  "浩然",
  "梓轩",
  "思远",
  "欣怡",
];
export const cnCities = [
  { city: "上海市", districts: ["浦东新区", "徐汇区", "静安区", "闵行区"] },
  { city: "北京市", districts: ["朝阳区", "海淀区", "丰台区", "东城区"] },
  { city: "广州市", districts: ["天河区", "越秀区", "番禺区"] },
  { city: "成都市", districts: ["武侯区", "锦江区", "高新区"] },
  { city: "杭州市", districts: ["西湖区", "滨江区", "余杭区"] },
  { city: "武汉市", districts: ["洪山区", "江汉区", "武昌区"] },
];
export const cnStreets = ["人民路", "建设路", "解放路", "中山路", "和平路", "新华路", "长江路", "幸福路"];
export const usFirst = [
  "James",
  "Mary",
  "Robert",
  "Patricia",
  "John",
  "Jennifer",
  "Michael",
  "Linda",
  "David",
  "Elizabeth",
  "William",
  "Barbara",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Carlos",
  "Maria",
  "Kenji",
  "Leilani",
  "Aiyana",
];
export const usLast = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Wilson",
  "Anderson",
  "Taylor",
  "Thomas",
  "Moore",
  "Jackson",
  "Kealoha",
  "Nakamura",
  "Begay",
];
type UsArea = { code: string; state: UsState; city: string };
const area = (code: string, state: UsState, city: string): UsArea => ({ code, state, city });
/**
 * US borrowers spread over the zones the issue names, with real area codes and
 * the city and state of each: a borrower lives where their first number is.
 */
export const usZones = [
  {
    zone: "America/New_York",
    areas: [
      area("212", "NY", "New York"),
      area("718", "NY", "Brooklyn"),
      area("617", "MA", "Boston"),
      area("404", "GA", "Atlanta"),
    ],
  },
  {
    zone: "America/Chicago",
    areas: [area("312", "IL", "Chicago"), area("773", "IL", "Chicago"), area("214", "TX", "Dallas")],
  },
  {
    zone: "America/Denver",
    areas: [area("303", "CO", "Denver"), area("720", "CO", "Aurora"), area("801", "UT", "Salt Lake City")],
  },
  {
    zone: "America/Los_Angeles",
    areas: [
      area("213", "CA", "Los Angeles"),
      area("415", "CA", "San Francisco"),
      area("206", "WA", "Seattle"),
    ],
  },
  { zone: "America/Anchorage", areas: [area("907", "AK", "Anchorage")] },
  { zone: "Pacific/Honolulu", areas: [area("808", "HI", "Honolulu")] },
];
export const usStreets = [
  "Maple Ave",
  "Oak St",
  "Pine Rd",
  "Cedar Ln",
  "Elm St",
  "Lakeview Dr",
  "Sunset Blvd",
];
export const cnProducts = ["consumer_loan", "credit_card", "online_consumer_loan"];
export const usProducts = ["personal_loan", "credit_card", "auto_loan"];
