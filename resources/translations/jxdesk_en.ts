<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>jxdesk</name>
    <message>
        <source>嘉兴医保与生育待遇估算</source>
        <translation>Jiaxing Medical Insurance and Birth Benefit Estimator</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>回到结果</source>
        <translation>Back to results</translation>
    </message>
    <message>
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>切换为英文界面</source>
        <translation>Switch to Chinese</translation>
    </message>
    <message>
        <source>第 {n} 步，共 {total} 步</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <source>参保身份</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>您参加的是哪种医保？有没有特殊身份？</source>
        <translation>Which medical insurance do you have? Any special status?</translation>
    </message>
    <message>
        <source>就医与费用</source>
        <translation>Medical costs</translation>
    </message>
    <message>
        <source>今年每一次看病或住院的费用，按发生先后填写。没有可不填。</source>
        <translation>Each doctor&apos;s visit or hospital stay this year, in the order they happened. Leave empty if none.</translation>
    </message>
    <message>
        <source>生育与子女</source>
        <translation>Births and children</translation>
    </message>
    <message>
        <source>子女的出生情况，以及母亲的生育保险缴费情况。</source>
        <translation>The children&apos;s births, and the mother&apos;s maternity insurance contributions.</translation>
    </message>
    <message>
        <source>测算结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>点击任一金额，可查看计算依据和条款。</source>
        <translation>Click any amount to see how it was worked out and which article applies.</translation>
    </message>
    <message>
        <source>结算年度</source>
        <translation>Settlement year</translation>
    </message>
    <message>
        <source>默认今年；可选 {first}–{last} 年</source>
        <translation>This year by default; {first}–{last} can be chosen</translation>
    </message>
    <message>
        <source>参保类型</source>
        <translation>Insurance scheme</translation>
    </message>
    <message>
        <source>在职职工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>灵活就业</source>
        <translation>Flexible worker</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retiree</translation>
    </message>
    <message>
        <source>城乡居民</source>
        <translation>Urban and rural resident</translation>
    </message>
    <message>
        <source>在校大学生</source>
        <translation>University student</translation>
    </message>
    <message>
        <source>未参保</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>单位为您缴纳职工医保</source>
        <translation>Your employer pays your employee insurance</translation>
    </message>
    <message>
        <source>个体户、自由职业，自己缴纳职工医保</source>
        <translation>Self-employed, paying employee insurance yourself</translation>
    </message>
    <message>
        <source>已退休，享受职工医保退休待遇</source>
        <translation>Retired, with the employee retiree terms</translation>
    </message>
    <message>
        <source>每年自己缴费的居民医保，含老人和儿童</source>
        <translation>Resident insurance paid yearly, incl. elderly and children</translation>
    </message>
    <message>
        <source>在嘉兴高校就读，随学校参加居民医保</source>
        <translation>At a Jiaxing university, insured through it</translation>
    </message>
    <message>
        <source>今年没有参加医保，只估算生育补助和子女参保补助</source>
        <translation>Only birth benefits and children&apos;s premium support</translation>
    </message>
    <message>
        <source>医疗救助身份</source>
        <translation>Medical aid status</translation>
    </message>
    <message>
        <source>民政部门认定的救助对象，医保报销后还可再报一部分</source>
        <translation>Assistance recipients recognised by civil affairs get a further share repaid after insurance</translation>
    </message>
    <message>
        <source>不是救助对象</source>
        <translation>Not an aid recipient</translation>
    </message>
    <message>
        <source>特困供养人员</source>
        <translation>Destitute person</translation>
    </message>
    <message>
        <source>低保家庭成员</source>
        <translation>Minimum-living family member</translation>
    </message>
    <message>
        <source>低边家庭成员</source>
        <translation>Marginal family member</translation>
    </message>
    <message>
        <source>支出型贫困家庭成员</source>
        <translation>Expenditure-poverty family member</translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation>Child in distress</translation>
    </message>
    <message>
        <source>其他特殊救助对象</source>
        <translation>Other special aid recipient</translation>
    </message>
    <message>
        <source>特殊身份（可多选）</source>
        <translation>Special status (tick all that apply)</translation>
    </message>
    <message>
        <source>持证残疾人</source>
        <translation>Certified disability</translation>
    </message>
    <message>
        <source>持有残疾人证，居民医保个人缴费由政府承担</source>
        <translation>The government pays the resident contribution</translation>
    </message>
    <message>
        <source>计生特殊家庭</source>
        <translation>Family-planning special family</translation>
    </message>
    <message>
        <source>独生子女伤残或死亡的家庭，居民医保个人缴费由政府承担</source>
        <translation>Only child disabled or deceased: the government pays</translation>
    </message>
    <message>
        <source>建国前老工人</source>
        <translation>Pre-1949 worker</translation>
    </message>
    <message>
        <source>建国前参加革命工作的老工人，仅职工医保适用</source>
        <translation>Worked for the revolution before 1949; employee insurance</translation>
    </message>
    <message>
        <source>儿童先心病或白血病治疗</source>
        <translation>Child heart disease or leukaemia treatment</translation>
    </message>
    <message>
        <source>0–14 岁本市户籍儿童治疗先天性心脏病、白血病，救助比例不低于 80%</source>
        <translation>A Jiaxing child aged 0–14: aid of at least 80%</translation>
    </message>
    <message>
        <source>嘉兴户籍</source>
        <translation>Jiaxing hukou</translation>
    </message>
    <message>
        <source>户口在嘉兴市</source>
        <translation>Household registered in Jiaxing</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>可不填；儿童救助需要，例如 2018-06-01</source>
        <translation>Optional; needed for child assistance, e.g. 2018-06-01</translation>
    </message>
    <message>
        <source>当年个人账户余额（元）</source>
        <translation>Personal account balance this year (yuan)</translation>
    </message>
    <message>
        <source>年初当年账户里的钱，门诊先用它支付；不知道可填 0</source>
        <translation>Money in the current-year account at the start of the year; outpatient costs use it first. Enter 0 if unsure</translation>
    </message>
    <message>
        <source>要估算生育补助或子女参保补助</source>
        <translation>Estimate birth subsidies or children&apos;s premium support</translation>
    </message>
    <message>
        <source>家里有子女出生、或孩子参加居民医保时勾选，会多一页填写子女情况</source>
        <translation>Tick when a child was born or a child joins resident insurance: one more page asks about the children</translation>
    </message>
    <message>
        <source>就医类型</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>普通门诊</source>
        <translation>Ordinary outpatient</translation>
    </message>
    <message>
        <source>慢性病门诊</source>
        <translation>Chronic-disease outpatient</translation>
    </message>
    <message>
        <source>特殊病种门诊</source>
        <translation>Special-disease outpatient</translation>
    </message>
    <message>
        <source>住院</source>
        <translation>Inpatient stay</translation>
    </message>
    <message>
        <source>家庭病床</source>
        <translation>Home sickbed</translation>
    </message>
    <message>
        <source>平常看病、急诊、在药店买药</source>
        <translation>Everyday doctor&apos;s visits, emergencies, pharmacy purchases</translation>
    </message>
    <message>
        <source>已登记的慢性病，门诊配药</source>
        <translation>Registered chronic disease, medicines from the outpatient clinic</translation>
    </message>
    <message>
        <source>透析、肿瘤放化疗等，按住院结算</source>
        <translation>Dialysis, cancer radio- or chemotherapy etc., settled as inpatient</translation>
    </message>
    <message>
        <source>办理了入院手续</source>
        <translation>Admitted to hospital</translation>
    </message>
    <message>
        <source>社区医生上门的家庭病床，只在基层</source>
        <translation>Home sickbed visited by community doctors; primary care only</translation>
    </message>
    <message>
        <source>医院等级</source>
        <translation>Hospital tier</translation>
    </message>
    <message>
        <source>基层</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>一级</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>药店</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>社区卫生服务中心（站）、乡镇卫生院、村卫生室</source>
        <translation>Community health centre or station, township health centre, village clinic</translation>
    </message>
    <message>
        <source>其他一级及以下医院、门诊部、诊所</source>
        <translation>Other level 1 or smaller hospitals, outpatient departments, clinics</translation>
    </message>
    <message>
        <source>县（市、区）人民医院、中医院等二级医院</source>
        <translation>County or district people&apos;s hospitals, TCM hospitals and other level 2 hospitals</translation>
    </message>
    <message>
        <source>嘉兴市第一医院、市第二医院等三级医院</source>
        <translation>Jiaxing First Hospital, Second Hospital and other level 3 hospitals</translation>
    </message>
    <message>
        <source>医保定点零售药店</source>
        <translation>Designated retail pharmacy</translation>
    </message>
    <message>
        <source>就医地</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>本市</source>
        <translation>In Jiaxing</translation>
    </message>
    <message>
        <source>规范转诊异地</source>
        <translation>Referred out of the city</translation>
    </message>
    <message>
        <source>未规范转诊异地</source>
        <translation>Out of the city without referral</translation>
    </message>
    <message>
        <source>在嘉兴市内就医，或已办异地安置</source>
        <translation>Treated in Jiaxing, or registered as living elsewhere long-term</translation>
    </message>
    <message>
        <source>办理了转诊备案后去外地就医，先自付 10%</source>
        <translation>Referred and registered before treatment elsewhere: you first pay 10%</translation>
    </message>
    <message>
        <source>没办转诊自己去外地就医，先自付 20%</source>
        <translation>Went elsewhere without referral: you first pay 20%</translation>
    </message>
    <message>
        <source>医保范围内（元）</source>
        <translation>In scope (yuan)</translation>
    </message>
    <message>
        <source>发票上“符合医保支付范围”的金额</source>
        <translation>The amount marked &quot;within the insurance scope&quot; on the receipt</translation>
    </message>
    <message>
        <source>自费（元）</source>
        <translation>Outside scope (yuan)</translation>
    </message>
    <message>
        <source>医保目录外、全部自己付的金额，没有填 0</source>
        <translation>Costs outside the insurance catalogue that you pay in full; 0 if none</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>今年的就医费用</source>
        <translation>This year&apos;s medical costs</translation>
    </message>
    <message>
        <source>添加一笔</source>
        <translation>Add a cost</translation>
    </message>
    <message>
        <source>删除这笔</source>
        <translation>Remove this cost</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>还没有就医费用。点“添加一笔”开始；只估算生育补助可直接下一步。</source>
        <translation>No medical costs yet. Press &quot;Add a cost&quot; to start; to estimate birth benefits only, go straight to Next.</translation>
    </message>
    <message>
        <source>共 {count} 笔&#x3000;医保范围内 {eligible} 元&#x3000;自费 {excluded} 元&#x3000;合计 {total} 元</source>
        <translation>Costs: {count}; in scope ¥{eligible}, outside scope ¥{excluded}, total ¥{total}</translation>
    </message>
    <message>
        <source>第{n}笔</source>
        <translation>Cost {n}</translation>
    </message>
    <message>
        <source>医院等级怎么选</source>
        <translation>Which hospital tier?</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>第{n}个孩子</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <source>孩次</source>
        <translation>Birth order</translation>
    </message>
    <message>
        <source>夫妻共同生育的第几个孩子；双胞胎分别算</source>
        <translation>Which child of the couple this is; twins count one each</translation>
    </message>
    <message>
        <source>在嘉兴登记户口</source>
        <translation>Registered in Jiaxing</translation>
    </message>
    <message>
        <source>参加居民医保</source>
        <translation>In resident insurance</translation>
    </message>
    <message>
        <source>持证残疾</source>
        <translation>Certified disability</translation>
    </message>
    <message>
        <source>添加子女</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>添加同日出生的孩子（双胞胎）</source>
        <translation>Add a child born the same day (twin)</translation>
    </message>
    <message>
        <source>删除这个孩子</source>
        <translation>Remove this child</translation>
    </message>
    <message>
        <source>请至少添加一个孩子；没有子女请回到第一步取消勾选。</source>
        <translation>Please add at least one child; if there are none, untick the box on step 1.</translation>
    </message>
    <message>
        <source>母亲（估算生育津贴）</source>
        <translation>Mother (maternity allowance)</translation>
    </message>
    <message>
        <source>估算母亲的生育津贴</source>
        <translation>Estimate the mother&apos;s maternity allowance</translation>
    </message>
    <message>
        <source>母亲参加职工医保（含灵活就业）时才有生育津贴</source>
        <translation>Only mothers in employee insurance (incl. flexible workers) get a maternity allowance</translation>
    </message>
    <message>
        <source>母亲参保类型</source>
        <translation>Mother&apos;s insurance scheme</translation>
    </message>
    <message>
        <source>母亲是嘉兴户籍</source>
        <translation>Mother has Jiaxing hukou</translation>
    </message>
    <message>
        <source>缴费基数（元/月）</source>
        <translation>Contribution base (yuan/month)</translation>
    </message>
    <message>
        <source>单位上年度职工医保月平均缴费基数；灵活就业填本人上年度缴费基数</source>
        <translation>The employer&apos;s previous-year average monthly contribution base; flexible workers enter their own previous-year base</translation>
    </message>
    <message>
        <source>连续缴费月数</source>
        <translation>Months of continuous contributions</translation>
    </message>
    <message>
        <source>生育前连续足额缴费的月数，满 6 个月才发放</source>
        <translation>Months of continuous full contributions before the birth; paid once 6 months are reached</translation>
    </message>
    <message>
        <source>难产</source>
        <translation>Difficult labour</translation>
    </message>
    <message>
        <source>实际产假天数</source>
        <translation>Maternity leave days taken</translation>
    </message>
    <message>
        <source>按规定天数</source>
        <translation>Statutory days</translation>
    </message>
    <message>
        <source>一般不用改；实际休假天数不同时填写</source>
        <translation>Usually leave as it is; enter the days actually taken if different</translation>
    </message>
    <message>
        <source>医疗报销</source>
        <translation>Medical reimbursement</translation>
    </message>
    <message>
        <source>生育补助</source>
        <translation>Birth benefits</translation>
    </message>
    <message>
        <source>参保补助</source>
        <translation>Premium support</translation>
    </message>
    <message>
        <source>医保等共支付</source>
        <translation>Paid for you</translation>
    </message>
    <message>
        <source>可领取</source>
        <translation>You receive</translation>
    </message>
    <message>
        <source>政府代缴</source>
        <translation>Government pays</translation>
    </message>
    <message>
        <source>统筹基金</source>
        <translation>Insurance fund</translation>
    </message>
    <message>
        <source>个人账户</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>大病保险</source>
        <translation>Critical illness insurance</translation>
    </message>
    <message>
        <source>医疗救助</source>
        <translation>Medical aid</translation>
    </message>
    <message>
        <source>其中起付标准</source>
        <translation>of which deductible</translation>
    </message>
    <message>
        <source>其中异地先行自付</source>
        <translation>of which first paid out of the city</translation>
    </message>
    <message>
        <source>孕产补助</source>
        <translation>Prenatal subsidy</translation>
    </message>
    <message>
        <source>育儿津贴</source>
        <translation>Childcare allowance</translation>
    </message>
    <message>
        <source>生育津贴</source>
        <translation>Maternity allowance</translation>
    </message>
    <message>
        <source>费用合计 {amount} 元</source>
        <translation>Total costs ¥{amount}</translation>
    </message>
    <message>
        <source>扫码打开…</source>
        <translation>Open from a slip's QR code...</translation>
    </message>
    <message>
        <source>扫码打开凭条</source>
        <translation>Open a kiosk slip</translation>
    </message>
    <message>
        <source>用扫码枪扫凭条上的二维码（或粘贴二维码的文字），再按回车：打开凭条上的案件。</source>
        <translation>Scan the QR code on the slip with the scanner (or paste its text), then press Enter: the case on the slip opens.</translation>
    </message>
    <message>
        <source>二维码内容</source>
        <translation>QR code text</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还没有扫到内容。</source>
        <translation>Nothing has been scanned yet.</translation>
    </message>
    <message>
        <source>打不开这个二维码：{problem}</source>
        <translation>This QR code cannot be opened: {problem}</translation>
    </message>
    <message>
        <source>二维码里的案件有问题，没有打开：
{problems}</source>
        <translation>The case in the QR code has problems; nothing was opened:
{problems}</translation>
    </message>
    <message>
        <source>您自己付</source>
        <translation>You pay</translation>
    </message>
    <message>
        <source>职工医保个人账户</source>
        <translation>Employee personal accounts</translation>
    </message>
    <message>
        <source>不知道当年账户余额，按划入估算</source>
        <translation>Balance unknown: estimate it</translation>
    </message>
    <message>
        <source>按 12 个月划入估算：退休每月 195 元；在职、灵活就业按本人缴费基数的 2%</source>
        <translation>From 12 months of inflow: retirees 195 yuan a month; employees and flexible workers 2% of their own base</translation>
    </message>
    <message>
        <source>本人月缴费基数（元）</source>
        <translation>Own monthly contribution base (yuan)</translation>
    </message>
    <message>
        <source>您本人职工医保的月缴费基数，用来估算每月划入</source>
        <translation>Your own monthly base for employee insurance, to estimate the monthly inflow</translation>
    </message>
    <message>
        <source>历年个人账户余额（元）</source>
        <translation>Prior-years account balance (yuan)</translation>
    </message>
    <message>
        <source>以前年度结余在账户里的钱，最后支付自付和自费部分；没有可不填</source>
        <translation>Money left from earlier years; it pays last, for what you still bear. Leave empty if none</translation>
    </message>
    <message>
        <source>参保方式</source>
        <translation>How insurance started</translation>
    </message>
    <message>
        <source>按年连续参保</source>
        <translation>Enrolled for the whole year</translation>
    </message>
    <message>
        <source>单位新参保登记</source>
        <translation>New employer registration</translation>
    </message>
    <message>
        <source>年中缴费参保</source>
        <translation>Paid mid-year</translation>
    </message>
    <message>
        <source>按规定接续参保</source>
        <translation>Continuation group</translation>
    </message>
    <message>
        <source>特殊群体随时参保</source>
        <translation>Special group, any time</translation>
    </message>
    <message>
        <source>新生儿参保</source>
        <translation>Newborn</translation>
    </message>
    <message>
        <source>上年底前已缴费，1 月 1 日起享受待遇</source>
        <translation>Paid by the end of last year: covered from 1 January</translation>
    </message>
    <message>
        <source>单位当月办理参保登记，次月 1 日起享受待遇</source>
        <translation>Registered by an employer in a month: covered from the 1st of the next month</translation>
    </message>
    <message>
        <source>居民年中缴费，缴费当月起第 3 个月 1 日起享受待遇</source>
        <translation>A resident paying mid-year: covered from the 1st of the third month, counting the month paid</translation>
    </message>
    <message>
        <source>退役军人、毕业生、职工转居民等 3 个月内接续，次月 1 日起享受待遇</source>
        <translation>Veterans, graduates, employee to resident etc. within 3 months: covered from the 1st of the next month</translation>
    </message>
    <message>
        <source>残疾人、计生特殊家庭、救助对象年中参保，当月 1 日起享受待遇</source>
        <translation>Disabled, special family-planning families, aid recipients: covered from the 1st of the month enrolled</translation>
    </message>
    <message>
        <source>出生 3 个月内登记缴费，出生之日起享受待遇</source>
        <translation>Registered and paid within 3 months of birth: covered from the birth date</translation>
    </message>
    <message>
        <source>登记或缴费日期</source>
        <translation>Date registered or paid</translation>
    </message>
    <message>
        <source>例如 2025-08-12 或 20250812；年中参保时每笔费用都要填日期</source>
        <translation>e.g. 2025-08-12 or 20250812; every cost then needs its date</translation>
    </message>
    <message>
        <source>可不填，例如 2025-03-01 或 20250301</source>
        <translation>Optional, e.g. 2025-03-01 or 20250301</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>从日历选择{field}</source>
        <translation>Pick {field} from a calendar</translation>
    </message>
    <message>
        <source>历年个人账户</source>
        <translation>Prior-years account</translation>
    </message>
    <message>
        <source>国家育儿补贴</source>
        <translation>National childcare subsidy</translation>
    </message>
    <message>
        <source>产假 {days} 天</source>
        <translation>Maternity leave {days} days</translation>
    </message>
    <message>
        <source>未估算</source>
        <translation>Not estimated</translation>
    </message>
    <message>
        <source>第一步没有勾选估算生育补助</source>
        <translation>Birth benefits were not asked for on page 1</translation>
    </message>
    <message>
        <source>医保待遇自 {date} 起享受，之前的费用不报销</source>
        <translation>Covered from {date}: costs before it are not reimbursed</translation>
    </message>
    <message>
        <source>{year} 年居民医保个人缴费 {amount} 元</source>
        <translation>{year} resident contribution ¥{amount}</translation>
    </message>
    <message>
        <source>该年度缴费标准尚未公布，暂不估算</source>
        <translation>This year&apos;s contribution is not yet published: no estimate</translation>
    </message>
    <message>
        <source>尚未公布</source>
        <extracomment>a yearly figure not published yet (R19): shown in place of an amount, never 0.00</extracomment>
        <translation>Not published yet</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>You</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>费用由谁支付</source>
        <translation>Who pays the costs</translation>
    </message>
    <message>
        <source>换个方式会怎样？</source>
        <translation>What if?</translation>
    </message>
    <message>
        <source>同样的费用，换一种就医方式，您自己要付多少</source>
        <translation>The same costs, treated another way: what you would pay</translation>
    </message>
    <message>
        <source>填写就医费用后，这里比较在不同等级医院或转诊时您自付多少。</source>
        <translation>Once medical costs are entered, this compares what you pay at other hospital tiers or with a referral.</translation>
    </message>
    <message>
        <source>都在{tier}医院就诊</source>
        <translation>All at {tier} hospitals</translation>
    </message>
    <message>
        <source>都在基层医疗机构就诊</source>
        <translation>All at primary care</translation>
    </message>
    <message>
        <source>{kinds}都在{tier}医院就诊</source>
        <translation>{kinds}: all at {tier} hospitals</translation>
    </message>
    <message>
        <source>{kinds}都在基层医疗机构就诊</source>
        <translation>{kinds}: all at primary care</translation>
    </message>
    <message>
        <source>去外地前办好转诊</source>
        <translation>Referred before going elsewhere</translation>
    </message>
    <message>
        <source>去外地没办转诊</source>
        <translation>Elsewhere without referral</translation>
    </message>
    <message>
        <source>都在本市就医</source>
        <translation>All in Jiaxing</translation>
    </message>
    <message>
        <source>您付 {amount} 元</source>
        <translation>You pay ¥{amount}</translation>
    </message>
    <message>
        <source>多付 {amount} 元</source>
        <translation>¥{amount} more</translation>
    </message>
    <message>
        <source>少付 {amount} 元</source>
        <translation>¥{amount} less</translation>
    </message>
    <message>
        <source>一样</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>您填写的情况</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>修改{section}</source>
        <translation>Change {section}</translation>
    </message>
    <message>
        <source>计算依据</source>
        <translation>How this was worked out</translation>
    </message>
    <message>
        <source>查看全部计算过程</source>
        <translation>Show the whole calculation</translation>
    </message>
    <message>
        <source>{part}：{amount} 元是怎么算的</source>
        <translation>{part}: how ¥{amount} was worked out</translation>
    </message>
    <message>
        <source>这一项没有发生金额。</source>
        <translation>Nothing is paid under this item.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>退出后，这个案件填写的内容都会清除（本软件不保存任何个人信息）。确定退出吗？</source>
        <translation>Quitting clears everything entered for this case (nothing personal is ever saved). Quit?</translation>
    </message>
    <message>
        <source>退出并清除</source>
        <translation>Quit and clear</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>估算单.pdf</source>
        <translation>estimate.pdf</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>无法保存：{path}</source>
        <translation>Cannot save: {path}</translation>
    </message>
    <message>
        <source>还有需要修改的内容，请回到前面的步骤。</source>
        <translation>Some answers still need correcting: please go back to the earlier steps.</translation>
    </message>
    <message>
        <source>本结果为估算，仅供参考，以医保经办机构实际结算为准</source>
        <translation>This is an estimate for reference only; the medical insurance agency&apos;s actual settlement prevails</translation>
    </message>
    <message>
        <source>标“估算假设”的步骤依据本软件的解读，详见说明文档。</source>
        <translation>Steps marked as an assumption follow this software&apos;s reading of the rules; see the documentation.</translation>
    </message>
    <message>
        <source>{year} 年 · {scheme}</source>
        <translation>{year} · {scheme}</translation>
    </message>
    <message>
        <source>医疗救助：{aid}</source>
        <translation>Medical aid: {aid}</translation>
    </message>
    <message>
        <source>个人账户余额 {amount} 元</source>
        <translation>Personal account balance ¥{amount}</translation>
    </message>
    <message>
        <source>个人账户按划入估算</source>
        <translation>Personal account estimated from the inflow</translation>
    </message>
    <message>
        <source>历年个人账户余额 {amount} 元</source>
        <translation>Prior-years account balance ¥{amount}</translation>
    </message>
    <message>
        <source>参保方式：{route}，{date}</source>
        <translation>Insurance started: {route}, {date}</translation>
    </message>
    <message>
        <source>{count} 笔，医保范围内 {eligible} 元，自费 {excluded} 元</source>
        <translation>Costs: {count}; in scope ¥{eligible}, outside scope ¥{excluded}</translation>
    </message>
    <message>
        <source>{n}. {kind} · {facility} · {place} · {eligible} 元 + 自费 {excluded} 元</source>
        <translation>{n}. {kind} · {facility} · {place} · ¥{eligible} + ¥{excluded} outside scope</translation>
    </message>
    <message>
        <source>没有就医费用</source>
        <translation>No medical costs</translation>
    </message>
    <message>
        <source>{count} 个孩子</source>
        <translation>Children: {count}</translation>
    </message>
    <message>
        <source>第{order}孩，{born} 出生</source>
        <translation>Child number {order}, born {born}</translation>
    </message>
    <message>
        <source>不估算生育补助</source>
        <translation>No birth benefits estimated</translation>
    </message>
    <message>
        <source>母亲：{scheme}，缴费基数 {base} 元，连续缴费 {months} 个月</source>
        <translation>Mother: {scheme}, contribution base ¥{base}, {months} months of contributions</translation>
    </message>
    <message>
        <source>不估算生育津贴</source>
        <translation>No maternity allowance estimated</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>嘉兴医保与生育待遇估算单</source>
        <translation>Jiaxing medical insurance and birth benefit estimate</translation>
    </message>
    <message>
        <source>打印日期：{date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>计算过程</source>
        <translation>The calculation</translation>
    </message>
    <message>
        <source>依据的规则文件和参数日期</source>
        <translation>Rule documents and parameter dates used</translation>
    </message>
    <message>
        <source>{number}《{title}》，{effective} 起施行；所用参数自 {dates} 起适用</source>
        <translation>{number} &quot;{title}&quot;, in force from {effective}; parameters used apply from {dates}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>请先修改下面标红的内容</source>
        <translation>Please correct the fields marked in red below</translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>这个案件有问题，不能打开：</source>
        <translation>This case has problems and cannot be opened:</translation>
    </message>
    <message>
        <source>计算时出了问题，请把输入告诉工作人员：{detail}</source>
        <translation>Something went wrong in the calculation; please tell staff what you entered: {detail}</translation>
    </message>
    <message>
        <source>规则版本</source>
        <translation>Rules version</translation>
    </message>
    <message>
        <source>测算使用程序内置的参数，以及已安装的有效参数包（按年度补充的新数字）。内置参数不能在此修改。</source>
        <translation>Estimates use the parameters built into the program and any valid parameter packs installed (new figures for a year). The built-in parameters cannot be changed here.</translation>
    </message>
    <message>
        <source>参数所依据的文件</source>
        <translation>Documents the parameters cite</translation>
    </message>
    <message>
        <source>参数包</source>
        <translation>Parameter packs</translation>
    </message>
    <message>
        <source>读取参数包的文件夹：{folders}</source>
        <translation>Parameter packs are read from: {folders}</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>施行日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>可靠程度</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>From</translation>
    </message>
    <message>
        <source>正式文件</source>
        <translation>Official document</translation>
    </message>
    <message>
        <source>转载或二手资料</source>
        <translation>Secondary source</translation>
    </message>
    <message>
        <source>政策解读</source>
        <translation>Policy interpretation</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>生效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>生效，但仅因 $JXDESK_TRUST_KEYS 受信任（不是本版本的签发密钥）</source>
        <translation>In force, but trusted only through $JXDESK_TRUST_KEYS (not a signing key of this release)</translation>
    </message>
    <message>
        <source>警告：这个参数包的签名密钥只是由环境变量 $JXDESK_TRUST_KEYS 加入的，不是本版本信任的签发密钥；柜台和自助机不应设置它。</source>
        <translation>Warning: this pack's signing key was added only by the environment variable $JXDESK_TRUST_KEYS; it is not a signing key this release trusts. A counter or kiosk must never set it.</translation>
    </message>
    <message>
        <source>警告：环境变量 $JXDESK_TRUST_KEYS 为本程序加入了受信任的密钥：{keys}</source>
        <translation>Warning: the environment variable $JXDESK_TRUST_KEYS adds trusted keys for this program: {keys}</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已被新版本取代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>没有安装参数包：使用内置参数。</source>
        <translation>No parameter packs installed: the built-in parameters are in force.</translation>
    </message>
    <message>
        <source>{years}年</source>
        <translation>{years}</translation>
    </message>
    <message>
        <source>参数包《{title}》（{name} 第{version}版，适用{years}；{issued_by} {issued} 发布；来源：{source}；校验码 {fingerprint}）</source>
        <translation>Parameter pack &quot;{title}&quot; ({name} version {version}, for {years}; issued by {issued_by} on {issued}; source: {source}; fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>打开规则包…</source>
        <translation>Open parameter pack...</translation>
    </message>
    <message>
        <source>规则包 (*.zip pack.yaml)</source>
        <translation>Parameter packs (*.zip pack.yaml)</translation>
    </message>
    <message>
        <source>自助机上只能查看规则版本；安装参数包请到柜台。</source>
        <translation>At a kiosk the rules can only be viewed; parameter packs are installed at the counter.</translation>
    </message>
    <message>
        <source>这个规则包不能使用，未作任何更改：
{reason}</source>
        <translation>This parameter pack cannot be used; nothing was changed:
{reason}</translation>
    </message>
    <message>
        <source>读不出 {path}：{detail}</source>
        <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
        <source>这个版本已经安装过了：{detail}</source>
        <translation>This version is already installed: {detail}</translation>
    </message>
    <message>
        <source>不能写入本机的参数包文件夹（为所有用户安装需要管理员权限）：{detail}</source>
        <translation>Cannot write the machine-wide packs folder (installing for all users needs an administrator): {detail}</translation>
    </message>
    <message>
        <source>不能写入参数包文件夹：{detail}</source>
        <translation>Cannot write the packs folder: {detail}</translation>
    </message>
    <message>
        <source>已安装并生效：{target}</source>
        <translation>Installed and in force: {target}</translation>
    </message>
    <message>
        <source>已复制到 {target}，但没有生效：{reason}</source>
        <translation>Copied to {target}, but not in force: {reason}</translation>
    </message>
    <message>
        <source>检查通过。要安装这个参数包吗？

{summary}</source>
        <translation>The pack passed the checks. Install it?

{summary}</translation>
    </message>
    <message>
        <source>为本机所有用户安装</source>
        <translation>Install for all users of this computer</translation>
    </message>
    <message>
        <source>仅为当前用户安装</source>
        <translation>Install for me only</translation>
    </message>
    <message>
        <source>生效的参数包</source>
        <translation>Parameter packs in force</translation>
    </message>
    <message>
        <source>无（仅使用内置参数）</source>
        <translation>None (built-in parameters only)</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>医保和生育补助自助估算</source>
        <translation>Insurance and birth subsidy self-check</translation>
    </message>
    <message>
        <source>第 {n} 步</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>重新开始</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>完成，清空</source>
        <translation>Done, clear all</translation>
    </message>
    <message>
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>下一步 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>您参加的是哪种医保？</source>
        <translation>Which medical insurance do you have?</translation>
    </message>
    <message>
        <source>在职职工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>单位给您交医保</source>
        <translation>Your employer pays it</translation>
    </message>
    <message>
        <source>退休职工</source>
        <translation>Retired employee</translation>
    </message>
    <message>
        <source>退休前单位交的职工医保</source>
        <translation>Employee insurance, now retired</translation>
    </message>
    <message>
        <source>灵活就业</source>
        <translation>Flexible worker</translation>
    </message>
    <message>
        <source>自己交职工医保</source>
        <translation>You pay employee insurance yourself</translation>
    </message>
    <message>
        <source>城乡居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>每年自己交，老人、孩子、农民</source>
        <translation>Paid each year: elders, children, farmers</translation>
    </message>
    <message>
        <source>在校大学生</source>
        <translation>University student</translation>
    </message>
    <message>
        <source>跟着学校参保</source>
        <translation>Insured through your university</translation>
    </message>
    <message>
        <source>医保卡个人账户里还有多少钱？</source>
        <translation>How much is left on your insurance card?</translation>
    </message>
    <message>
        <source>看病时先从这里扣钱。不知道就点“不知道”。</source>
        <translation>Clinic bills are paid from it first. Not sure? Tap &quot;Don&apos;t know&quot;.</translation>
    </message>
    <message>
        <source>个人账户余额</source>
        <translation>Card balance</translation>
    </message>
    <message>
        <source>不知道</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>您是下面的救助对象吗？</source>
        <translation>Do you receive any of this help?</translation>
    </message>
    <message>
        <source>不是就点“都不是”</source>
        <translation>If not, tap &quot;None of these&quot;</translation>
    </message>
    <message>
        <source>都不是</source>
        <translation>None of these</translation>
    </message>
    <message>
        <source>特困供养人员</source>
        <translation>Destitute person</translation>
    </message>
    <message>
        <source>低保家庭</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <source>低边家庭</source>
        <translation>Near-poverty household</translation>
    </message>
    <message>
        <source>因病支出型贫困</source>
        <translation>Poverty from medical bills</translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation>Child in difficulty</translation>
    </message>
    <message>
        <source>其他救助对象</source>
        <translation>Other assistance</translation>
    </message>
    <message>
        <source>这一笔是怎么看的病？</source>
        <translation>What kind of visit was it?</translation>
    </message>
    <message>
        <source>没有看病的费用</source>
        <translation>No medical bill</translation>
    </message>
    <message>
        <source>只估算生育和参保补助</source>
        <translation>Only the birth and premium subsidies</translation>
    </message>
    <message>
        <source>第 {n} 笔</source>
        <translation>Bill {n}</translation>
    </message>
    <message>
        <source>门诊、急诊、药店</source>
        <translation>Clinic, A&amp;E, pharmacy</translation>
    </message>
    <message>
        <source>平常看病、配药</source>
        <translation>An ordinary visit or medicine</translation>
    </message>
    <message>
        <source>住院</source>
        <translation>Stayed in hospital</translation>
    </message>
    <message>
        <source>办了入院手续</source>
        <translation>You were admitted</translation>
    </message>
    <message>
        <source>慢性病配药</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <source>已登记的慢性病</source>
        <translation>A registered chronic illness</translation>
    </message>
    <message>
        <source>特殊病</source>
        <translation>Special treatment</translation>
    </message>
    <message>
        <source>透析、放疗化疗等</source>
        <translation>Dialysis, radio- or chemotherapy</translation>
    </message>
    <message>
        <source>家庭病床</source>
        <translation>Home hospital bed</translation>
    </message>
    <message>
        <source>医生上门治疗</source>
        <translation>Your doctor treats you at home</translation>
    </message>
    <message>
        <source>在哪一种医院看的？</source>
        <translation>Which kind of hospital?</translation>
    </message>
    <message>
        <source>社区/乡镇卫生院</source>
        <translation>Community health centre</translation>
    </message>
    <message>
        <source>社区医院、卫生院、村卫生室</source>
        <translation>Township or village clinic</translation>
    </message>
    <message>
        <source>一级医院</source>
        <translation>Level-1 hospital</translation>
    </message>
    <message>
        <source>小医院、诊所、门诊部</source>
        <translation>Small hospital or clinic</translation>
    </message>
    <message>
        <source>二级医院</source>
        <translation>Level-2 hospital</translation>
    </message>
    <message>
        <source>县、区医院，如县人民医院</source>
        <translation>County or district hospital</translation>
    </message>
    <message>
        <source>三级医院</source>
        <translation>Level-3 hospital</translation>
    </message>
    <message>
        <source>市里大医院，如市第一医院</source>
        <translation>Big city hospital, e.g. Jiaxing First</translation>
    </message>
    <message>
        <source>药店</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>能刷医保卡的药店</source>
        <translation>One that takes the insurance card</translation>
    </message>
    <message>
        <source>在哪里看的？</source>
        <translation>Where was it?</translation>
    </message>
    <message>
        <source>在嘉兴</source>
        <translation>In Jiaxing</translation>
    </message>
    <message>
        <source>或已办异地安置</source>
        <translation>Or you live elsewhere officially</translation>
    </message>
    <message>
        <source>外地，办了转诊</source>
        <translation>Elsewhere, referred</translation>
    </message>
    <message>
        <source>去之前办好了转诊备案</source>
        <translation>Referral filed before you went</translation>
    </message>
    <message>
        <source>外地，没办转诊</source>
        <translation>Elsewhere, not referred</translation>
    </message>
    <message>
        <source>自己去的外地医院</source>
        <translation>You went on your own</translation>
    </message>
    <message>
        <source>发票上写的是多少钱？</source>
        <translation>What does the invoice say?</translation>
    </message>
    <message>
        <source>点一下方框，再按数字。不用自己减：我们会算出医保范围内的钱。</source>
        <translation>Tap a box, then the numbers. No need to subtract: we work out the covered part.</translation>
    </message>
    <message>
        <source>发票总金额</source>
        <translation>Invoice total</translation>
    </message>
    <message>
        <source>其中自费（没有就不填）</source>
        <translation>Of which outside scope (if any)</translation>
    </message>
    <message>
        <source>医保范围内：{amount} 元</source>
        <translation>Covered by insurance: {amount} yuan</translation>
    </message>
    <message>
        <source>自费不能比总金额多，请再看一下发票</source>
        <translation>The outside-scope part cannot be more than the total: please check the invoice</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>点这里输入</source>
        <translation>Tap to enter</translation>
    </message>
    <message>
        <source>请填写发票总金额</source>
        <translation>Enter the invoice total</translation>
    </message>
    <message>
        <source>⌫ 删一位</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>估算结果</source>
        <translation>Your estimate</translation>
    </message>
    <message>
        <source>一共花了 {amount} 元</source>
        <translation>Total cost {amount} yuan</translation>
    </message>
    <message>
        <source>医保等帮您付</source>
        <translation>Insurance and aid pay</translation>
    </message>
    <message>
        <source>您自己付</source>
        <translation>You pay</translation>
    </message>
    <message>
        <source>医保统筹基金</source>
        <translation>Insurance fund</translation>
    </message>
    <message>
        <source>个人账户</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>大病保险</source>
        <translation>Critical illness insurance</translation>
    </message>
    <message>
        <source>医疗救助</source>
        <translation>Medical aid</translation>
    </message>
    <message>
        <source>政府帮您交居民医保 {amount} 元</source>
        <translation>The government pays {amount} yuan of your premium</translation>
    </message>
    <message>
        <source>您填的费用</source>
        <translation>Your bills</translation>
    </message>
    <message>
        <source>{n}. {kind} · {tier} · 共 {amount}</source>
        <translation>{n}. {kind} · {tier} · {amount} in all</translation>
    </message>
    <message>
        <source>（其中自费 {amount}）</source>
        <translation> (of which {amount} outside scope)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>＋ 再加一笔</source>
        <translation>+ Add another bill</translation>
    </message>
    <message>
        <source>还没有费用，请点“再加一笔”</source>
        <translation>No bills yet: tap &quot;Add another bill&quot;</translation>
    </message>
    <message>
        <source>这是估算，实际以医保结算为准。</source>
        <translation>This is an estimate; the insurance office&apos;s settlement is final.</translation>
    </message>
    <message>
        <source>有内容需要修改，请点“返回”。</source>
        <translation>Something needs changing: tap &quot;Back&quot;.</translation>
    </message>
    <message>
        <source>为什么是这个数？</source>
        <translation>Why these numbers?</translation>
    </message>
    <message>
        <source>每一行是一步计算，括号里是政策条款。用手指上下滑动，或点“下一页”。</source>
        <translation>Each line is one step; the policy article is in brackets. Swipe up or down, or tap &quot;Next page&quot;.</translation>
    </message>
    <message>
        <source>医保等帮您付 {paid} 元，您自己付 {you} 元；生育补助 {fertility}；参保补助 {premium}</source>
        <translation>Insurance and aid pay {paid} yuan, you pay {you} yuan; birth subsidies {fertility}; premium help {premium}</translation>
    </message>
    <message>
        <source>还没有可以解释的结果，请点“返回结果”。</source>
        <translation>There is no estimate to explain yet: tap &quot;Back to the estimate&quot;.</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>All together</translation>
    </message>
    <message>
        <source>参保补助</source>
        <translation>Premium support</translation>
    </message>
    <message>
        <source>其他说明</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>▲ 上一页</source>
        <translation>▲ Previous page</translation>
    </message>
    <message>
        <source>▼ 下一页</source>
        <translation>▼ Next page</translation>
    </message>
    <message>
        <source>‹ 返回结果</source>
        <translation>‹ Back to the estimate</translation>
    </message>
    <message>
        <source>规则依据</source>
        <translation>Rules used</translation>
    </message>
    <message>
        <source>这些数字的规则依据</source>
        <translation>The rules behind the numbers</translation>
    </message>
    <message>
        <source>这些数字按下面的政策文件计算。这里只能查看，不能修改。</source>
        <translation>The numbers follow these policy documents. You can only read them here.</translation>
    </message>
    <message>
        <source>这次估算用到的文件</source>
        <translation>Documents used for this estimate</translation>
    </message>
    <message>
        <source>《{title}》{number}，{effective} 起施行</source>
        <translation>&quot;{title}&quot; ({number}), in force from {effective}</translation>
    </message>
    <message>
        <source>；用到的数字自 {dates} 起执行</source>
        <translation>; the figures used apply from {dates}</translation>
    </message>
    <message>
        <source>本机的全部政策文件</source>
        <translation>All policy documents on this machine</translation>
    </message>
    <message>
        <source>《{title}》{number} · {effective} 起施行 · {reliability} · {origin}</source>
        <translation>&quot;{title}&quot; ({number}) · from {effective} · {reliability} · {origin}</translation>
    </message>
    <message>
        <source>正在使用的参数更新包</source>
        <translation>Parameter updates in use</translation>
    </message>
    <message>
        <source>没有参数更新包，用的是软件自带的参数。</source>
        <translation>None: the figures built into the software are used.</translation>
    </message>
    <message>
        <source>这些费用是哪一年的？</source>
        <translation>Which year are these costs from?</translation>
    </message>
    <message>
        <source>按看病的日期选：去年看的病，选去年</source>
        <translation>Go by the date of the visit: a visit last year, choose last year</translation>
    </message>
    <message>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>去年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>尚未公布</source>
        <translation>Not published yet</translation>
    </message>
    <message>
        <source>按 {year} 年估算</source>
        <translation>Estimated for {year}</translation>
    </message>
    <message>
        <source>不知道 / 跳过</source>
        <translation>Don&apos;t know / skip</translation>
    </message>
    <message>
        <source>窗口可以帮您查</source>
        <translation>The counter can look it up</translation>
    </message>
    <message>
        <source>最近几年家里有孩子出生吗？或者正在怀孕？</source>
        <translation>Has a child been born in your family in the last few years, or is one on the way?</translation>
    </message>
    <message>
        <source>{year} 年及以后出生</source>
        <translation>Born in {year} or later</translation>
    </message>
    <message>
        <source>可以估算孕产补助、育儿津贴、生育津贴和孩子的参保补助</source>
        <translation>For the birth, childcare and maternity money and the child&apos;s premium help</translation>
    </message>
    <message>
        <source>有，已经出生了</source>
        <translation>Yes, born</translation>
    </message>
    <message>
        <source>有，正在怀孕</source>
        <translation>Yes, on the way</translation>
    </message>
    <message>
        <source>按预产期估算</source>
        <translation>Estimated from the due date</translation>
    </message>
    <message>
        <source>没有</source>
        <translation>No</translation>
    </message>
    <message>
        <source>跳过这一部分</source>
        <translation>Skip this part</translation>
    </message>
    <message>
        <source>孩子{n}</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <source>（双胞胎之一）</source>
        <translation> (twin 1)</translation>
    </message>
    <message>
        <source>（双胞胎之二）</source>
        <translation> (twin 2)</translation>
    </message>
    <message>
        <source>孩子是哪一年出生的？</source>
        <translation>In which year was the child born?</translation>
    </message>
    <message>
        <source>预产期是哪一年？</source>
        <translation>In which year is the baby due?</translation>
    </message>
    <message>
        <source>{n} 年</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>哪个月？</source>
        <translation>Which month?</translation>
    </message>
    <message>
        <source>{n} 月</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>哪一天？</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>{n} 日</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>已选：{date}</source>
        <translation>So far: {date}</translation>
    </message>
    <message>
        <source>这是家里的第几个孩子？</source>
        <translation>Which child of the couple is this?</translation>
    </message>
    <message>
        <source>按爸爸妈妈共同生育的孩子数</source>
        <translation>Counting the couple&apos;s children</translation>
    </message>
    <message>
        <source>第 1 个</source>
        <translation>The first</translation>
    </message>
    <message>
        <source>第 2 个</source>
        <translation>The second</translation>
    </message>
    <message>
        <source>第 3 个或更多</source>
        <translation>The third or later</translation>
    </message>
    <message>
        <source>双胞胎</source>
        <translation>Twins</translation>
    </message>
    <message>
        <source>一次生两个，两个孩子都算</source>
        <translation>Both children count</translation>
    </message>
    <message>
        <source>双胞胎出生前，家里已经有几个孩子？</source>
        <translation>How many children did the couple have before the twins?</translation>
    </message>
    <message>
        <source>没有，双胞胎是头胎</source>
        <translation>None: the twins are the first</translation>
    </message>
    <message>
        <source>已有 1 个</source>
        <translation>One</translation>
    </message>
    <message>
        <source>已有 2 个或更多</source>
        <translation>Two or more</translation>
    </message>
    <message>
        <source>出生户口在嘉兴登记吗？</source>
        <translation>Is the birth registered in Jiaxing?</translation>
    </message>
    <message>
        <source>出生后户口会在嘉兴登记吗？</source>
        <translation>Will the birth be registered in Jiaxing?</translation>
    </message>
    <message>
        <source>在嘉兴落户</source>
        <translation>Hukou registered in Jiaxing</translation>
    </message>
    <message>
        <source>孩子参加了居民医保吗？</source>
        <translation>Is the child enrolled in resident insurance?</translation>
    </message>
    <message>
        <source>出生后会给孩子参加居民医保吗？</source>
        <translation>Will the child be enrolled in resident insurance?</translation>
    </message>
    <message>
        <source>城乡居民医保，政府帮交一部分</source>
        <translation>The government pays part of it</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>不是</source>
        <translation>No</translation>
    </message>
    <message>
        <source>还有别的孩子要算吗？</source>
        <translation>Another child to count?</translation>
    </message>
    <message>
        <source>还有一个已出生的</source>
        <translation>Another child, born</translation>
    </message>
    <message>
        <source>还有一个正在怀孕</source>
        <translation>Another one on the way</translation>
    </message>
    <message>
        <source>没有了</source>
        <translation>No more</translation>
    </message>
    <message>
        <source>下面问妈妈的情况</source>
        <translation>Next: about the mother</translation>
    </message>
    <message>
        <source>孩子的妈妈是您本人吗？</source>
        <translation>Are you the children&apos;s mother?</translation>
    </message>
    <message>
        <source>生育津贴按妈妈的医保计算</source>
        <translation>The maternity allowance follows her insurance</translation>
    </message>
    <message>
        <source>是我本人</source>
        <translation>Yes, I am</translation>
    </message>
    <message>
        <source>是家里其他人</source>
        <translation>No, someone else</translation>
    </message>
    <message>
        <source>比如女儿、儿媳</source>
        <translation>A daughter or daughter-in-law, say</translation>
    </message>
    <message>
        <source>妈妈参加的是哪种医保？</source>
        <translation>Which insurance does the mother have?</translation>
    </message>
    <message>
        <source>单位给她交医保</source>
        <translation>Her employer pays it</translation>
    </message>
    <message>
        <source>她自己交职工医保</source>
        <translation>She pays employee insurance herself</translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation>Resident insurance</translation>
    </message>
    <message>
        <source>没有工作，每年交居民医保</source>
        <translation>No job; paid each year</translation>
    </message>
    <message>
        <source>没有参加医保</source>
        <translation>No insurance</translation>
    </message>
    <message>
        <source>妈妈连续交了几个月职工医保？</source>
        <translation>Months the mother has paid in a row?</translation>
    </message>
    <message>
        <source>连续交职工医保满 6 个月才有生育津贴</source>
        <translation>Employee insurance: the maternity allowance needs 6 months</translation>
    </message>
    <message>
        <source>连续缴费月数</source>
        <translation>Months in a row</translation>
    </message>
    <message>
        <source>{n} 个月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>妈妈每月的缴费基数是多少？</source>
        <translation>What is the mother&apos;s monthly contribution base?</translation>
    </message>
    <message>
        <source>在职职工：单位上年度月平均缴费基数，可问单位</source>
        <translation>Employee: the employer&apos;s average monthly base last year; ask the employer</translation>
    </message>
    <message>
        <source>灵活就业：上年度自己的缴费基数，看缴费单</source>
        <translation>Flexible worker: her own base last year, on the payment slip</translation>
    </message>
    <message>
        <source>每月缴费基数</source>
        <translation>Monthly base</translation>
    </message>
    <message>
        <source>生孩子时是难产吗？</source>
        <translation>Was it a difficult labour?</translation>
    </message>
    <message>
        <source>难产多 15 天产假</source>
        <translation>A difficult labour adds 15 days of leave</translation>
    </message>
    <message>
        <source>是，难产</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>医疗报销</source>
        <translation>Medical refund</translation>
    </message>
    <message>
        <source>生育补助</source>
        <translation>Birth benefits</translation>
    </message>
    <message>
        <source>一共可以领</source>
        <translation>In all you can receive</translation>
    </message>
    <message>
        <source>政府帮您家交医保</source>
        <translation>The government pays</translation>
    </message>
    <message>
        <source>您本人</source>
        <translation>You</translation>
    </message>
    <message>
        <source>孕产补助</source>
        <translation>Prenatal subsidy</translation>
    </message>
    <message>
        <source>育儿津贴</source>
        <translation>Childcare allowance</translation>
    </message>
    <message>
        <source>生育津贴</source>
        <translation>Maternity allowance</translation>
    </message>
    <message>
        <source>国家育儿补贴</source>
        <translation>National childcare subsidy</translation>
    </message>
    <message>
        <source>（产假 {days} 天）</source>
        <translation> ({days} days of leave)</translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>没有填写看病的费用</source>
        <translation>No medical bill entered</translation>
    </message>
    <message>
        <source>没有填写孩子</source>
        <translation>No child entered</translation>
    </message>
    <message>
        <source>孩子的情况不全，不能估算，请到窗口确认</source>
        <translation>Not enough about the child to estimate: please ask at the counter</translation>
    </message>
    <message>
        <source>不符合条件：参保补助给参加居民医保的救助对象、残疾人和 2025 年起在嘉兴出生的孩子</source>
        <translation>Not eligible: premium help is for resident-insured aid recipients, disabled people and children born in Jiaxing from 2025</translation>
    </message>
    <message>
        <source>个人账户没有用在住院上：当年个人账户只付门诊和药店的钱，住院不用它付</source>
        <translation>Your card account paid nothing for the hospital stay: the current-year account pays clinic and pharmacy costs only</translation>
    </message>
    <message>
        <source>需要出生日期（或预产期）才能估算，请到窗口确认</source>
        <translation>needs the birth (or due) date to estimate: please ask at the counter</translation>
    </message>
    <message>
        <source>需要知道是第几个孩子才能估算，请到窗口确认</source>
        <translation>needs the birth order to estimate: please ask at the counter</translation>
    </message>
    <message>
        <source>育儿津贴、国家育儿补贴：需要知道户口是否在嘉兴登记，请到窗口确认</source>
        <translation>childcare allowance and national subsidy need to know if the birth is registered in Jiaxing: please ask at the counter</translation>
    </message>
    <message>
        <source>参保补助：需要知道户口是否在嘉兴登记，请到窗口确认</source>
        <translation>premium help needs to know if the birth is registered in Jiaxing: please ask at the counter</translation>
    </message>
    <message>
        <source>参保补助：需要知道是否参加居民医保，请到窗口确认</source>
        <translation>premium help needs to know if the child is in resident insurance: please ask at the counter</translation>
    </message>
    <message>
        <source>生育津贴：需要妈妈的医保情况，请到窗口确认</source>
        <translation>Maternity allowance: needs the mother&apos;s insurance: please ask at the counter</translation>
    </message>
    <message>
        <source>生育津贴：需要连续缴费月数，请到窗口确认</source>
        <translation>Maternity allowance: needs the months of contributions: please ask at the counter</translation>
    </message>
    <message>
        <source>生育津贴：需要缴费基数，请到窗口确认</source>
        <translation>Maternity allowance: needs the contribution base: please ask at the counter</translation>
    </message>
    <message>
        <source>生育津贴按顺产估算；如是难产，多 15 天，请到窗口确认</source>
        <translation>Maternity allowance assumes a normal labour; a difficult one adds 15 days: please ask at the counter</translation>
    </message>
    <message>
        <source>个人账户余额没有填：按 0 估算，个人账户能付的门诊钱没有算进来，请到窗口确认</source>
        <translation>Card balance not given: counted as 0, so what the card would pay at the clinic is not included: please ask at the counter</translation>
    </message>
    <message>
        <source>修改、删除费用</source>
        <translation>Change bills</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>已删除：{bill}</source>
        <translation>Removed: {bill}</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>您填的看病费用</source>
        <translation>Your medical bills</translation>
    </message>
    <message>
        <source>点“修改”重新回答这一笔，点“删除”去掉它（删错了可以撤销）</source>
        <translation>Tap &quot;Change&quot; to answer a bill again, &quot;Remove&quot; to drop it (you can undo)</translation>
    </message>
    <message>
        <source>要全部清空，重新开始吗？</source>
        <translation>Clear everything and start again?</translation>
    </message>
    <message>
        <source>您填写的内容都会删除。</source>
        <translation>Everything you entered will be deleted.</translation>
    </message>
    <message>
        <source>是，全部清空</source>
        <translation>Yes, clear all</translation>
    </message>
    <message>
        <source>不，继续填写</source>
        <translation>No, carry on</translation>
    </message>
    <message>
        <source>没有估算的部分</source>
        <translation>What could not be estimated</translation>
    </message>
    <message>
        <source>您还在吗？</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>{n} 秒后将清空您填写的内容。</source>
        <translation>In {n} seconds everything you entered will be cleared.</translation>
    </message>
    <message>
        <source>轻触屏幕任意位置继续</source>
        <translation>Touch anywhere to continue</translation>
    </message>
    <message>
        <source>抱歉，刚才出了点问题</source>
        <translation>Sorry, something went wrong</translation>
    </message>
    <message>
        <source>您填写的内容已清空，请从头再来。</source>
        <translation>What you entered has been cleared. Please start again.</translation>
    </message>
    <message>
        <source>好的，重新开始</source>
        <translation>OK, start again</translation>
    </message>
    <message>
        <source>请注意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>您填的内容</source>
        <translation>What you entered</translation>
    </message>
    <message>
        <source>生育补助和孩子的参保补助照样可以估算</source>
        <translation>The family's money can still be estimated</translation>
    </message>
    <message>
        <source>不清楚是哪一种，窗口可以帮您查</source>
        <translation>Not sure which: the counter can look it up</translation>
    </message>
    <message>
        <source>按不是救助对象估算</source>
        <translation>Estimated as none of these</translation>
    </message>
    <message>
        <source>按报销最少的三级医院估算</source>
        <translation>Estimated as a grade-3 hospital (the least paid)</translation>
    </message>
    <message>
        <source>第 {n} 步，还有 {left} 步</source>
        <translation>Step {n}, {left} more to go</translation>
    </message>
    <message>
        <source>第 {n} 步，最多还有 {left} 步</source>
        <translation>Step {n}, at most {left} more to go</translation>
    </message>
    <message>
        <source>第 {n} 步，这是最后一步</source>
        <translation>Step {n}, the last one</translation>
    </message>
    <message>
        <source>▼ 向下看更多</source>
        <translation>▼ More below</translation>
    </message>
    <message>
        <source>您：{scheme}</source>
        <translation>You: {scheme}</translation>
    </message>
    <message>
        <source>救助：{aid}</source>
        <translation>Assistance: {aid}</translation>
    </message>
    <message>
        <source>医保卡个人账户：{amount}</source>
        <translation>Card account: {amount}</translation>
    </message>
    <message>
        <source>医保卡个人账户：不知道</source>
        <translation>Card account: not known</translation>
    </message>
    <message>
        <source>第 {n} 笔：{kind}，{tier}，{place}，发票 {amount}</source>
        <translation>Bill {n}: {kind}, {tier}, {place}, invoice {amount}</translation>
    </message>
    <message>
        <source>（自费 {amount}）</source>
        <translation> ({amount} not covered)</translation>
    </message>
    <message>
        <source>医院等级不知道</source>
        <translation>hospital grade not known</translation>
    </message>
    <message>
        <source>第 {n} 笔：医院等级不知道，按报销最少的三级医院估算，实际可能报得更多</source>
        <translation>Bill {n}: the hospital grade is not known, so it is estimated as a grade-3 hospital, which pays the least; you may get more</translation>
    </message>
    <message>
        <source>救助：您选了不知道，按不是救助对象估算；如果是，可能还能多报一些，请到窗口问</source>
        <translation>Assistance: you chose "don't know", so none is counted; if you are, you may get more. Ask at the counter</translation>
    </message>
    <message>
        <source>您没有参加医保：看病的钱医保不报，要自己付</source>
        <translation>You are not insured: the insurance pays nothing towards your bills</translation>
    </message>
    <message>
        <source>您不知道参加的是哪种医保，看病报销没法估算。请带上社保卡到窗口问</source>
        <translation>You do not know your insurance, so the bills cannot be estimated. Bring your social security card to the counter</translation>
    </message>
    <message>
        <source>您本人：要知道参加的是哪种医保才能估算，请到窗口问</source>
        <translation>You: your insurance must be known to estimate this; ask at the counter</translation>
    </message>
    <message>
        <source>您本人：{why}</source>
        <translation>You: {why}</translation>
    </message>
    <message>
        <source>参保补助只给参加居民医保的救助对象、残疾人</source>
        <translation>support goes only to resident-scheme members on assistance or with a disability</translation>
    </message>
    <message>
        <source>没有参加医保，没有参保补助</source>
        <translation>not insured, so no support</translation>
    </message>
    <message>
        <source>{who}：{why}</source>
        <translation>{who}: {why}</translation>
    </message>
    <message>
        <source>没有参加居民医保，所以没有参保补助</source>
        <translation>not in the resident scheme, so no support</translation>
    </message>
    <message>
        <source>户口不在嘉兴登记，所以没有参保补助</source>
        <translation>not registered in Jiaxing, so no support</translation>
    </message>
    <message>
        <source>不符合条件（只补 2025 年起出生、不满 3 岁的孩子）</source>
        <translation>not eligible (only children born from 2025, under 3)</translation>
    </message>
    <message>
        <source>情况不全，没有估算</source>
        <translation>not enough known to estimate</translation>
    </message>
    <message>
        <source>{who}：{date}，家里第 {order} 个孩子</source>
        <translation>{who}: {date}, child number {order} in the family</translation>
    </message>
    <message>
        <source>{who}：预产期 {date}，家里第 {order} 个孩子</source>
        <translation>{who}: due {date}, child number {order} in the family</translation>
    </message>
    <message>
        <source>{who}：{date}，双胞胎，家里第 {order} 个孩子</source>
        <translation>{who}: {date}, twins, children number {order} in the family</translation>
    </message>
    <message>
        <source>出生日期不知道</source>
        <translation>birth date not known</translation>
    </message>
    <message>
        <source>不知道是第几个孩子</source>
        <translation>birth order not known</translation>
    </message>
    <message>
        <source>户口在嘉兴</source>
        <translation>registered in Jiaxing</translation>
    </message>
    <message>
        <source>户口不在嘉兴</source>
        <translation>not registered in Jiaxing</translation>
    </message>
    <message>
        <source>户口不知道</source>
        <translation>registration not known</translation>
    </message>
    <message>
        <source>参加了居民医保</source>
        <translation>in the resident scheme</translation>
    </message>
    <message>
        <source>没参加居民医保</source>
        <translation>not in the resident scheme</translation>
    </message>
    <message>
        <source>居民医保不知道</source>
        <translation>resident scheme not known</translation>
    </message>
    <message>
        <source>孩子的妈妈：{what}</source>
        <translation>The mother: {what}</translation>
    </message>
    <message>
        <source>是您本人，{scheme}</source>
        <translation>you, {scheme}</translation>
    </message>
    <message>
        <source>医保不知道</source>
        <translation>insurance not known</translation>
    </message>
    <message>
        <source>连续缴费 {n} 个月</source>
        <translation>{n} months of contributions</translation>
    </message>
    <message>
        <source>缴费月数不知道</source>
        <translation>months of contributions not known</translation>
    </message>
    <message>
        <source>缴费基数 {amount}</source>
        <translation>base {amount}</translation>
    </message>
    <message>
        <source>缴费基数不知道</source>
        <translation>contribution base not known</translation>
    </message>
    <message>
        <source>难产</source>
        <translation>a difficult labour</translation>
    </message>
    <message>
        <source>不是难产</source>
        <translation>not a difficult labour</translation>
    </message>
    <message>
        <source>育儿津贴只发给家里第 2 个、第 3 个孩子</source>
        <translation>the childcare allowance is only for a second or third child</translation>
    </message>
    <message>
        <source>孩子的户口不在嘉兴登记，没有育儿津贴</source>
        <translation>the child is not registered in Jiaxing: no childcare allowance</translation>
    </message>
    <message>
        <source>妈妈没有交职工医保，生育津贴只发给交职工医保（含灵活就业）的妈妈</source>
        <translation>the mother does not pay into the employee scheme, which alone pays the maternity allowance</translation>
    </message>
    <message>
        <source>孕产补助按孩子的妈妈户口在嘉兴估算，请到窗口确认</source>
        <translation>The prenatal subsidy assumes the mother's hukou is in Jiaxing; please confirm at the counter</translation>
    </message>
    <message>
        <source>{kind} · {tier} · {place}</source>
        <translation>{kind} · {tier} · {place}</translation>
    </message>
    <message>
        <source>发票 {amount}</source>
        <translation>Invoice {amount}</translation>
    </message>
    <message>
        <source>外地没办转诊：报得少</source>
        <translation>Outside Jiaxing without referral: less is paid</translation>
    </message>
    <message>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>■ 停止朗读</source>
        <translation>■ Stop reading</translation>
    </message>
    <message>
        <source>可以选：{choices}。</source>
        <translation>You can choose: {choices}.</translation>
    </message>
    <message>
        <source>已经输入：{value}。</source>
        <translation>Entered so far: {value}.</translation>
    </message>
    <message>
        <source>打印凭条</source>
        <translation>Print a slip</translation>
    </message>
    <message>
        <source>凭条正在打印，请在出纸口取走。</source>
        <translation>Your slip is printing: please take it from the printer.</translation>
    </message>
    <message>
        <source>凭条没有打印出来，请找工作人员帮忙。</source>
        <translation>The slip could not be printed: please ask a member of staff.</translation>
    </message>
    <message>
        <source>医保和生育补助估算凭条</source>
        <translation>Medical insurance and birth benefits: estimate slip</translation>
    </message>
    <message>
        <source>日期：{date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>估算，仅供参考，以医保经办机构结算为准</source>
        <translation>An estimate for reference only: the medical insurance agency's settlement decides.</translation>
    </message>
    <message>
        <source>规则版本：{year} 年度，依据 {docs}（最近一份 {effective} 起施行）</source>
        <translation>Rules version: {year}, under {docs} (the latest in force from {effective})</translation>
    </message>
    <message>
        <source>参数包：{packs}</source>
        <translation>Parameter packs: {packs}</translation>
    </message>
    <message>
        <source>无（使用内置参数）</source>
        <translation>none (the built-in parameters)</translation>
    </message>
    <message>
        <source>这个二维码里存有您在自助机上填写的内容（没有姓名，没有证件号码）。到窗口出示，工作人员扫一下就能看到同样的估算，不用再问一遍。</source>
        <translation>This QR code holds what you entered at the kiosk (no name, no ID number). Show it at the counter: one scan and the clerk sees the same estimate, with no questions asked again.</translation>
    </message>
    <message>
        <source>您填写的内容太多，一个二维码放不下，所以这张凭条上没有二维码。到窗口时请把情况再告诉工作人员。</source>
        <translation>What you entered is too much for one QR code, so this slip has none. At the counter, please tell the clerk again.</translation>
    </message>
</context>
</TS>
