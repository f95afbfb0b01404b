// Chinese headline: the term the question and its answers share (高血压, 党参) in a fixed frame
// that says what the asker wants to know.

const FUNCTION_CHARS = /[我你您他她它的了吗嗎呢是在有这這那么麼什怎请請问問和与與就都也还還很太要会會能可以吧啊呀哦哪个個些一下点點最近现現时時候因为為所说說想看过過到得着著自己情况況医醫生患者人老年男女岁歲吃喝用办辦治疗療怎样樣]/;
// Characters that mark a medical term; a shared run containing one is preferred as the topic.
const MEDICAL_CHARS = /[病症炎痛压壓糖癌瘤血热熱咳晕暈疼酸肝胃肾腎心肺脑腦肠腸湿濕疹癣癬肿腫溃潰疡瘍结結石]/;

/** The longest run of Han characters (2–8) found both in the question and in what answers it. */
export function sharedTerm(questionText: string, answerText: string): string | null {
  const han = questionText.replace(/[^\u3400-\u9fff]+/g, ' ');
  let best: string | null = null;
  let bestValue = 0;
  for (let i = 0; i < han.length; i++) {
    for (let len = 8; len >= 2; len--) {
      const s = han.slice(i, i + len);
      if (s.length < len || /\s/.test(s) || FUNCTION_CHARS.test(s)) continue;
      if (answerText.includes(s)) {
        const value = s.length + (MEDICAL_CHARS.test(s) ? 2 : 0);
        if (value > bestValue) {
          best = s;
          bestValue = value;
        }
        break;
      }
    }
  }
  return best;
}

const CAUSE = /为什么|為什麼|什么原因|什麼原因|怎么回事|怎麼回事|咋回事|原因|引起/;
const TREATMENT = /怎么治|怎麼治|如何治|怎样治|怎樣治|治疗|治療|怎么办|怎麼辦|吃什么药|吃什麼藥|用什么药|用什麼藥|调理|調理|偏方/;
const CAN = /(?:能不能|可不可以|能否|能|可以)((?:吃|喝|服用|用|做|献|獻|打|喂|餵|怀|懷|运|運|游|遊|喝)[^，。？?！]{1,12}?)(?:吗|嗎|么|麼|呢|？|\?|$)/;
const SIDE_EFFECTS = /副作用|不良反应|不良反應/;
const HARM = /后果|後果|危害|影响|影響|危险|危險/;
const RESULTS = /检查|檢查|化验|化驗|报告|報告|结果|結果|指标|指標|偏高|偏低|B超|彩超|CT|核磁/;
const WORRY = /严重吗|嚴重嗎|要紧吗|要緊嗎|正常吗|正常嗎|危险|危險|担心|擔心/;

function cleanTitle(title: string): string {
  return title
    .replace(/[？?！!。，,].*$/, '')
    .replace(/^(?:请问|請問|医生|醫生|你好|您好|我|我的|最近|经常|經常|总是|總是|老是|一直|突然)+/, '')
    .replace(/(?:怎么办|怎麼辦|怎么回事|怎麼回事|是什么原因|是什麼原因|怎么治疗|怎麼治療|吗|嗎|呢|啊)+$/, '');
}

/** The question's own term: shared by its title (else body) and what answers it. */
export function questionTerm(title: string, body: string, answerText: string): string | null {
  return sharedTerm(title, answerText) ?? sharedTerm(body, answerText);
}

/** Written in Simplified Chinese; the caller converts to the question's script. */
export function chineseHeadline(title: string, body: string, answerText: string): string {
  const asked = `${title} ${body}`;
  const term = sharedTerm(title, answerText) ?? sharedTerm(body, answerText) ?? cleanTitle(title).slice(0, 12);
  const t = term || '常见健康问题';
  const can = CAN.exec(title);
  if (can && term && !can[1].includes(term)) return `${t}：能否${can[1]}？`;
  if (SIDE_EFFECTS.test(title)) return `${t}的副作用与注意事项`;
  if (HARM.test(title) && !WORRY.test(title)) return `${t}：可能的危害与注意事项`;
  if (CAUSE.test(asked)) return `${t}的常见原因与应对`;
  if (TREATMENT.test(asked)) return `${t}的治疗与日常调理`;
  if (RESULTS.test(asked)) return `${t}：检查结果怎么看`;
  if (WORRY.test(asked)) return `${t}严重吗？何时需要就医`;
  return `${t}：原因、症状与治疗`;
}
