/**
 * What kind of question a text asks, independent of its topic. Two questions about the same disease
 * are different questions when one asks for symptoms and the other for treatment ("can I take X"
 * vs. "what is X"), so the pair features compare these intents and negations, not only words.
 * The lists are hand-written from the question types MedQuAD uses and common Chinese phrasings.
 */

export const EN_INTENTS: Record<string, RegExp> = {
  information: /\b(what (is|are)|information|info|explain|mean|meaning|definition|overview|tell me about|learn about|know about)\b/,
  treatment: /\b(treat\w*|therap\w*|cure\w*|remed\w*|manag\w*|surgery|surgical|how (can|do|to) (i )?(get rid|stop|fix|heal|relieve|overcome|reduce)|get rid|relie\w*|heal\w*|help with|what (can|should) (i|we) do|advi[cs]e|suggest\w*|overcome|correct\w*|procedure\w*)\b/,
  medication: /\b(drug\w*|medic\w*|pill\w*|tablet\w*|dos\w*|mg|prescri\w*|antibiotic\w*|take|taking|side effects?)\b/,
  symptoms: /\b(symptom\w*|signs?|feel\w*|experienc\w*)\b/,
  causes: /\b(caus\w*|why|reason\w*|trigger\w*|lead to|due to|what could)\b/,
  diagnosis: /\b(diagnos\w*|test\w*|exam\w*|screen\w*|detect\w*|scan\w*|biops\w*|x-?ray|mri|blood work|results?)\b/,
  prevention: /\b(prevent\w*|avoid\w*|reduce the risk|protect\w*|vaccin\w*)\b/,
  outlook: /\b(prognos\w*|outlook|life expectancy|survival|surviv\w*|how long|recover\w*|chances?|fatal|die|dying)\b/,
  genetics: /\b(inherit\w*|genetic\w*|gene|genes|hereditary|run in (the )?famil\w*|pass(ed)? (it )?on)\b/,
  risk: /\b(risk\w*|at risk|susceptib\w*|who gets|likely|chance of getting|contagious|spread\w*|catch)\b/,
  frequency: /\b(how many|how common|frequency|prevalen\w*|statistic\w*)\b/,
  complications: /\b(complication\w*|long-term effects?|damage|worse|serious|dangerous)\b/,
  research: /\b(research\w*|clinical trials?|studies|study)\b/,
  support: /\b(support groups?|organi[sz]ation\w*|where can i find|find (a|an)? ?(doctor|physician|specialist|hospital)|specialist\w*|physician\w*|hospital\w*|clinic\w*)\b/,
  diet: /\b(eat\w*|diet\w*|food\w*|drink\w*|nutrition\w*|vitamin\w*|supplement\w*)\b/,
  pregnancy: /\b(pregnan\w*|baby|babies|breastfe\w*|fertil\w*|conceiv\w*)\b/,
  yesno: /^(is|are|can|could|should|does|do|will|would|may|am)\b/,
};

export const ZH_INTENTS: Record<string, RegExp> = {
  symptoms: /症状|表现|征兆|迹象|感觉|什么反应/,
  causes: /原因|为什么|为何|怎么回事|什么引起|引起的|导致|怎么得|怎么会|咋回事/,
  treatment: /治疗|怎么治|如何治|治好|治愈|根治|疗法|治疗方法|怎么办|怎样治|能治|手术|偏方|怎么调理|调理/,
  medication: /药|吃什么药|用药|打针|输液|注射|胰岛素|疫苗/,
  diet: /吃什么|饮食|食物|食疗|能吃|可以吃|能不能吃|忌口|喝|吃点|菜|水果|食谱|奶/,
  yesno: /吗|能不能|可不可以|是否|会不会|是不是|有没有|行不行|好不好|可以不/,
  harm: /危害|严重|危险|影响|后果|并发症|伤害|副作用|好处|坏处/,
  prevention: /预防|避免|防止/,
  care: /注意|注意事项|护理|保养|禁忌/,
  diagnosis: /检查|诊断|化验|检测|确诊|指标|正常值|多少算|偏高|偏低|标准|数值|测/,
  cost: /多少钱|价格|费用|报销|贵/,
  where: /哪里|哪家|医院|在哪|哪个科/,
  spread: /传染|传播|遗传|途径|感染/,
  duration: /多久|多长时间|几天|几年|多少天|寿命|能活/,
  pregnancy: /怀孕|孕妇|妊娠|哺乳|喂奶|要孩子|生孩子|备孕|胎儿|宝宝/,
  child: /小孩|儿童|婴儿|孩子|宝宝|幼儿/,
  curable: /能治好|治愈|根治|能好|会好|好转/,
  exercise: /运动|锻炼|跑步|游泳|健身/,
  type: /一型|二型|1型|2型|类型|分型|区别|区分/,
  definition: /是什么|什么是|什么意思|是指/,
};

export function intents(text: string, table: Record<string, RegExp>): Set<string> {
  const out = new Set<string>();
  for (const [name, re] of Object.entries(table)) if (re.test(text)) out.add(name);
  // "What are the symptoms of X?" asks for symptoms, not for general information about X; only a
  // question that asks nothing more specific is an information question.
  if (out.has('information') && [...out].some((n) => n !== 'information' && n !== 'yesno')) out.delete('information');
  return out;
}

const EN_NEGATION = /\b(not|no|never|without|cannot|can't|don't|doesn't|didn't|isn't|aren't|won't|nothing|none)\b/g;
const ZH_NEGATION = /[不没无非未别勿]/g;

export function negationCount(text: string, lang: 'en' | 'zh'): number {
  return (text.match(lang === 'en' ? EN_NEGATION : ZH_NEGATION) ?? []).length;
}

// Words that say what kind of answer is wanted rather than what it is about. "How are kidney
// stones treated?" is about kidney stones: a consumer question about them that never says "treat"
// should still count as covering the topic.
export const ASKING_WORDS: ReadonlySet<string> = new Set(
  `treat treatment therapi cure remedi manag symptom sign caus reason diagnos diagnosi test exam screen prevent
  avoid risk inherit genet hereditari outlook prognosi surviv inform info research studi clinic trial support group
  find know want need help question ask doctor physician specialist get best good possibl option avail chang effect
  type form kind mean what happen work long common like feel look new latest way thing make go tell learn explain
  suggest advic advis pleas thank hello dear name year old sir madam subject messag`
    .split(/\s+/)
    .filter(Boolean),
);
