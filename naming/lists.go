package naming

// List names of [Violation.List]. A host's own sensitive-word list is
// reported under the name given to [WithSensitiveWords].
const (
	ListSensitive   = "sensitive"    // built-in sensitive words
	ListPersonal    = "personal"     // words forbidden in personal names
	ListPreApproval = "pre_approval" // personal words needing a pre-approval
	ListProvince    = "province"     // a province's words (附录二)
	ListStatePrefix = "state_prefix" // words a name may not start with
	ListPlace       = "place"        // division names
	ListPerson      = "person"       // the sponsor's and principals' names
	ListGeneral     = "general"      // whole-name rules without a word
)

// MinHan is the least number of Han characters in a website name (rule
// naming.min_han).
const MinHan = 3

// The built-in word lists of the naming rules (source: "ICP备案流程(PC端)"
// 20200921, 附录一 and 附录二), in source order. Never written after compile
// time.
var (
	// sensitiveWords: naming.sensitive_word, every nature.
	sensitiveWords = []string{"反腐", "赌博", "廉政", "色情"}
	// statePrefixes: naming.state_prefix, every nature but government and
	// military.
	statePrefixes = []string{"中国", "中华", "中央", "人民", "人大", "国家"}
	// personalWords: naming.personal_forbidden_word.
	personalWords = []string{"个人空间", "资讯", "网站", "网络", "网址", "爱好者", "作品展示", "论坛", "社区", "工作室", "平台", "主页", "热线", "社团", "导航"}
	// preApprovalWords: naming.personal_needs_pre_approval; 论坛 and 社区,
	// also on personalWords, are reported under this rule only.
	preApprovalWords = []string{"博客", "论坛", "在线", "社区", "交流"}
	// templateSuffixes: the name template of naming.personal_template,
	// <X>的个人博客 or <X>的个人主页.
	templateSuffixes = []string{"的个人博客", "的个人主页"}
	// placeSuffixes: the suffixes a place name may be written without
	// (naming.personal_place_name), longest first.
	placeSuffixes = []string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "地区", "新区", "省", "市", "区", "县", "州", "盟", "旗"}
)
