// Characters that Chinese given names are made of, in Traditional and Simplified forms: the common name
// characters of Taiwan's and the mainland's name statistics as one remembers them (伟 芳 娜 敏 静 俊 宏 怡 君 …),
// written here by hand, without characters that mostly make ordinary or medical words (天 常 上 下 大 发 病).
// A two-character word of these alone after a kin word or a verb of taking someone (老公俊宏, 带王建国去) is
// read as a given name; one ordinary character in it (老公今天, 带孩子去) means it is not one.
const CHARACTERS =
  '伟偉芳娜敏静靜丽麗强強磊军軍洋勇艳艷豔杰傑娟涛濤明超秀霞刚剛桂英华華玉萍红紅鹏鵬辉輝建国國志文斌宇浩然俊宏怡君' +
  '欣宗翰婷雅雯佳颖穎淑芬美玲慧惠珍琪琳瑜瑞晨晴晓曉思涵梓轩軒睿博皓宸豪嘉毅鑫凯凱峰锋鋒琦昊泽澤辰逸航骏駿哲瀚柏' +
  '承恩冠郁馨蕾薇璇萱妍彤诗詩梦夢雪莉莎婉晶倩茜蓉燕凤鳳兰蘭梅琴云雲春秋德荣榮福祥伦倫庆慶彬宁寧晖暉炜煒玮瑋琛璋' +
  '振泰仁信义義智贤賢帆亮飞飛龙龍筱依伊宜嫣媛姿姗珊丹翔竣维維威锦錦钰鈺铭銘鸿鴻淳瀚翊昱晟昕旭耀尧堯舜禹彦彥' +
  '岚嵐霖霏露娇嬌婕妤媚琬瑶瑤璐珮佩绮綺蓓菁萍莹瑩颜顏慈爱愛宣亭庭廷育雄威铮錚峻崇嵩松柏桦樺楠栋棟梁樑杉' +
  '涵湘沁泓源渊淵澄清润潤瀚汉漢洲淼钧鈞锐銳镇鎮鑫珺瑾璟琳琦玟玫瑰珠琼瓊璇蕙芝芸芷茹荷莲蓮菲萌蔓薰苓蘋' +
  '峰岳嶽崴彤昭晏暄晗曜朗朝望杭楷樵欢歡永江河波浚淇添湧涌滨濱潇瀟灿燦煜熙烨燁焕煥然熊犹猷玄璞瑋益盛真睿' +
  '祖禎祯祺禮礼秉程稳穩立竹笙策筠箐纯純绍紹维綾绫群翠翰聪聰胜勝舒良若苑茵茗蓁蕊藝艺虹蝶裕诚誠谦謙豐丰' +
  '贵貴超轩达達迪通逸遥遙郎采钦欽铃鈴阳陽雁雅霆青靖韦韋韵韻顺順颂頌馥驰馳骞騫鹤鶴麒黎凌冰凝冬南卓博' +
  '可嘉坤坚堅城培基坤夏天奇奕妙妮姝娅婭娴嫻婧媛孟季学學宏宝寶家容宸富寒尚展山岩崎巧希平康廉彩影征徽心' +
  '忠怀懷恒恆恬悦悅惟慕懿成振政敬文斐新方旺旻明易星春晋晉晟景晴智曼月有朋杰松林柔栩桐梓森楚欧歐正武毓民' +
  '水汝沛治泉泳洁潔浩海淑渝湘溪滢瀅潔炎烈焱煌照熠爵牧犇琳琪瑄瑛璋生申男畅暢白百皓盈睿瞳知石硕碩磊祥禾秀' +
  // session 5: characters of common names the list lacked (小雨, 一諾's 諾, 樂樂, 淑娥, 秀貞, 麗卿, 春菊, 志昌, 品妍…)
  '雨诺諾沐语語乐樂悠远遠鸣鳴嫺仪儀昌勋勳娥贞貞卿娣凰菊莺鶯鹃鵑霓品';
// Characters above that mostly make everyday words right after a kin word ("老公天天", "爸爸生氣", "弟弟有", "孩子新添"),
// removed again so that the set errs towards keeping text; and words of name characters that are not names.
const TOO_COMMON = new Set('天有男生百易知新'.split(''));
const NOT_GIVEN_NAMES = new Set(
  ('美国 美國 英国 英國 德国 德國 法国 法國 泰国 泰國 韩国 韓國 中国 中國 清楚 平安 平时 平時 平常 成功 可爱 可愛 真的 知道 文件 心情 白天 明天 明明 新冠 学校 學校 家里 家裡 海鲜 海鮮 冬天 夏天 春天 秋天 月经 月經 月子 ' +
    // what a child or a spouse is said to be: 女儿聪明, 老公坚强
    '聪明 聰明 英俊 美丽 美麗 秀丽 秀麗 坚强 堅強 文静 文靜 宁静 寧靜 平静 平靜 清秀 俊秀 温柔 溫柔 乖巧 健康 开朗 開朗 开心 開心 ' +
    // places people say they are from: 我妈嘉义人, 我爸宜兰人
    '嘉义 嘉義 宜兰 宜蘭 台南 臺南 台中 臺中 高雄 新竹 苗栗 彰化 南投 云林 雲林 屏东 屏東 花莲 花蓮 台东 臺東 基隆 桃园 桃園 ' +
    '广东 廣東 广西 廣西 江西 江苏 江蘇 浙江 福建 湖南 湖北 河南 河北 山东 山東 山西 海南 云南 雲南 贵州 貴州 四川 安徽 吉林 辽宁 遼寧 ' +
    '北京 上海 天津 重庆 重慶 深圳 广州 廣州 杭州 南京 武汉 武漢 成都 西安 长沙 長沙 青岛 青島 厦门 廈門 香港 澳门 澳門').split(' '),
);

export const GIVEN_NAME_CHARACTERS: ReadonlySet<string> = new Set([...CHARACTERS].filter((c) => !TOO_COMMON.has(c)));

/** Whether every character of a short Han word is one that given names are made of, and it is no known word. */
// 子 and 以 open many modern names (子轩, 子涵, 以晴) but make words too (子宫, 子女, 以前); they count only first, before
// a name character, and not in the words they make with one.
const FIRST_ONLY = new Set('子以'.split(''));
const NOT_NAMES_WITH_FIRST_ONLY = new Set('子宫 子宮 子孙 子孫 子弟 子夜 子民'.split(' '));
export const looksLikeGivenName = (word: string) =>
  !NOT_GIVEN_NAMES.has(word) &&
  !NOT_NAMES_WITH_FIRST_ONLY.has(word) &&
  [...word].every((c, i) => GIVEN_NAME_CHARACTERS.has(c) || (i === 0 && word.length > 1 && FIRST_ONLY.has(c)));
