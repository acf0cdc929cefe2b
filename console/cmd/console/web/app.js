// The filing console page: plain JavaScript, no build step. Every text the
// rules produce comes from the server (the report's messages, the
// catalog's texts); this file holds only the labels of the page itself.
"use strict";

const T = {
  zh: {
    title: "ICP备案控制台", nav_new: "新建备案", nav_orders: "我的订单", nav_review: "待审核", nav_footer: "页脚检查",
    sign_out: "退出", signin_title: "登录", signin_hint: "演示账号：两个客户和一个接入商审核员，密码为“账号-demo”。",
    account: "账号", password: "密码", signin: "登录", signin_failed: "账号或密码错误",
    new_title: "ICP备案申请（首次备案）", sec_sponsor: "主办者信息", sec_principal: "主体负责人", sec_website: "网站信息",
    f_nature: "主办者性质", nature_personal: "个人", nature_enterprise: "企业",
    f_province: "省份", f_city: "城市", f_district: "区县", f_cert_type: "证件类型",
    cert_resident_id: "居民身份证", cert_business_license: "工商营业执照",
    f_sponsor_name: "主办者名称", f_cert_number: "证件号码", f_cert_address: "证件住所", f_mailing_address: "通信地址",
    f_investor: "投资人或主管单位", f_p_name: "姓名", f_cert_expiry: "证件有效期至", f_mobile: "手机号码",
    f_emergency: "应急联系电话", f_contact2: "联系方式2（单位必填）", f_email: "电子邮箱", f_site_name: "网站名称", f_domain: "网站域名",
    f_content_type: "网站内容类型", content_other: "其他", content_unit_portal: "单位门户网站", content_comprehensive_portal: "综合门户",
    f_access: "接入方式", access_lightweight: "轻量应用服务器", access_ecs: "云服务器", access_virtual_host: "虚拟主机",
    f_ip: "服务器IP", reuse_note: "网站负责人与主体负责人为同一人。",
    materials: "我已备齐所需材料（证件照片、域名证书）", submit: "提交备案", resubmit: "重新提交",
    summary_errors: "请修改以下问题后再提交：", summary_ok: "检查通过，可以提交。", need_materials: "请确认已备齐材料。",
    submitting: "提交中…", saved: "已保存",
    orders_title: "我的订单", review_title: "订单审核", filter_state: "状态", all_states: "全部",
    no_orders: "暂无订单", not_found: "订单不存在或无权查看。",
    footer_title: "页脚检查", f_number: "备案号", f_psb: "公安备案号（可选）", f_unit: "单位名称（可选）", f_html: "网页HTML", check: "检查",
    footer_ok: "页脚符合要求。", footer_bad: "页脚存在问题：",
    order: "订单", state: "状态", next_deadline: "下一个期限", workdays_left: "还剩 {n} 个工作日", workday_left: "还剩 1 个工作日", estimated: "（按周末估算，节假日安排未公布）", due_today: "今天到期", overdue: "已超期",
    timeline: "进度", sms_step: "短信核验", sms_demo: "演示：管局短信 {code} 已发送至 {mobile}", sms_code: "验证码", sms_send: "提交验证码",
    sms_verified: "已核验", duties: "备案后义务", due: "到期", anchor_approval: "自备案通过起", anchor_opening: "自网站开通起", anchor_psb_approval: "自公安备案通过起",
    days: "{n} 天", informational: "提示", actions: "操作", reason: "原因", edit: "修改信息", sites: "网站",
    by_customer: "客户", by_provider: "接入商", by_bureau: "管局", by_system: "系统",
    confirm_reason: "请填写驳回原因",
    remove_website: "不备案网站", add_website: "＋ 添加网站", website_none: "本次不备案网站。",
    sec_apps: "应用（APP、小程序、快应用）", apps_hint: "依据工信部信管〔2023〕105号，APP、小程序和快应用须像网站一样备案。",
    add_app: "＋ 添加应用", app_entry: "应用", remove: "删除",
    f_app_kind: "应用类型", kind_app: "APP", kind_mini_program: "小程序", kind_quick_app: "快应用",
    f_app_name: "应用名称", f_host: "所属平台", host_wechat: "微信", host_alipay: "支付宝", host_douyin: "抖音", host_baidu: "百度", host_other: "其他",
    f_app_id: "小程序AppID", f_quick_package: "快应用包名", f_categories: "服务类目（多个以顿号分隔）", f_languages: "应用语言",
    lang_zh_hans: "简体中文", lang_zh_hant: "繁体中文", lang_en: "英语", lang_bo: "藏语", lang_ug: "维吾尔语", lang_mn: "蒙古语",
    f_app_domains: "域名列表（多个以逗号分隔）", sec_platforms: "平台", platform_entry: "平台", add_platform: "＋ 添加平台",
    f_os: "操作系统", os_android: "安卓", os_ios: "iOS", os_harmonyos: "鸿蒙", os_blackberry: "黑莓", os_linux: "Linux",
    f_package: "包名 / Bundle ID", f_public_key: "公钥", f_fingerprint: "签名证书指纹（MD5或SHA-1）",
    sec_app_access: "接入信息", f_ips: "服务器IP（多个以逗号分隔）",
    sec_sdks: "第三方SDK", sdk_entry: "SDK", f_sdk_vendor: "SDK厂商", f_sdk_function: "功能类型", add_sdk: "＋ 添加SDK",
    reuse_app: "应用负责人与主体负责人为同一人", reuse_app_personal: "个人备案的应用负责人即主办者本人。", sec_app_principal: "应用负责人", f_remark: "备注",
    apps: "应用", app_number: "备案号", number_pending: "备案号待录入", app_number_of: "{name}（{kind}）的备案号",
  },
  en: {
    title: "ICP Filing Console", nav_new: "New filing", nav_orders: "My orders", nav_review: "To review", nav_footer: "Footer check",
    sign_out: "Sign out", signin_title: "Sign in", signin_hint: "Demo accounts: two customers and a provider reviewer; the password is “account-demo”.",
    account: "Account", password: "Password", signin: "Sign in", signin_failed: "Wrong account or password",
    new_title: "ICP filing application (first filing)", sec_sponsor: "Sponsor", sec_principal: "Subject principal", sec_website: "Website",
    f_nature: "Nature", nature_personal: "Personal", nature_enterprise: "Enterprise",
    f_province: "Province", f_city: "City", f_district: "District", f_cert_type: "Certificate type",
    cert_resident_id: "Resident ID card", cert_business_license: "Business licence",
    f_sponsor_name: "Sponsor name", f_cert_number: "Certificate number", f_cert_address: "Address on the certificate", f_mailing_address: "Mailing address",
    f_investor: "Investor or supervisor", f_p_name: "Name", f_cert_expiry: "Certificate valid until", f_mobile: "Mobile",
    f_emergency: "Emergency mobile", f_contact2: "Second contact (units)", f_email: "E-mail", f_site_name: "Website name", f_domain: "Domain",
    f_content_type: "Content type", content_other: "Other", content_unit_portal: "Unit portal", content_comprehensive_portal: "Comprehensive portal",
    f_access: "Hosting", access_lightweight: "Lightweight server", access_ecs: "Cloud server (ECS)", access_virtual_host: "Virtual host",
    f_ip: "Server IP", reuse_note: "The website principal is the subject principal.",
    materials: "I have every material ready (ID photos, domain certificate)", submit: "Submit filing", resubmit: "Resubmit",
    summary_errors: "Please correct these before submitting:", summary_ok: "No errors: ready to submit.", need_materials: "Please confirm the materials are ready.",
    submitting: "Submitting…", saved: "Saved",
    orders_title: "My orders", review_title: "Orders to review", filter_state: "State", all_states: "All",
    no_orders: "No orders", not_found: "The order does not exist or you may not see it.",
    footer_title: "Footer check", f_number: "Filing number", f_psb: "Public-security number (optional)", f_unit: "Unit name (optional)", f_html: "Page HTML", check: "Check",
    footer_ok: "The footer is compliant.", footer_bad: "Problems in the footer:",
    order: "Order", state: "State", next_deadline: "Next deadline", workdays_left: "{n} working days left", workday_left: "1 working day left", estimated: " (estimated on weekends alone: the holiday notice is not out yet)", due_today: "due today", overdue: "overdue",
    timeline: "Timeline", sms_step: "SMS verification", sms_demo: "Demo: the bureau's SMS {code} was sent to {mobile}", sms_code: "Code", sms_send: "Send code",
    sms_verified: "verified", duties: "Duties after approval", due: "due", anchor_approval: "from the approval", anchor_opening: "from the site's opening", anchor_psb_approval: "from the public-security approval",
    days: "{n} days", informational: "note", actions: "Actions", reason: "Reason", edit: "Edit application", sites: "Sites",
    by_customer: "customer", by_provider: "provider", by_bureau: "bureau", by_system: "system",
    confirm_reason: "Give the reason of the rejection",
    remove_website: "File no website", add_website: "+ Add a website", website_none: "This filing has no website.",
    sec_apps: "Apps, mini-programs and quick apps", apps_hint: "Since the MIIT notice of 2023 (工信部信管〔2023〕105号), apps, mini-programs and quick apps are filed like websites.",
    add_app: "+ Add an app", app_entry: "App", remove: "Remove",
    f_app_kind: "Kind", kind_app: "App", kind_mini_program: "Mini-program", kind_quick_app: "Quick app",
    f_app_name: "Name", f_host: "Host platform", host_wechat: "WeChat", host_alipay: "Alipay", host_douyin: "Douyin", host_baidu: "Baidu", host_other: "Other",
    f_app_id: "Mini-program AppID", f_quick_package: "Quick app package", f_categories: "Service categories (separated by commas)", f_languages: "Language",
    lang_zh_hans: "Simplified Chinese", lang_zh_hant: "Traditional Chinese", lang_en: "English", lang_bo: "Tibetan", lang_ug: "Uyghur", lang_mn: "Mongolian",
    f_app_domains: "Domains (separated by commas)", sec_platforms: "Platforms", platform_entry: "Platform", add_platform: "+ Add a platform",
    f_os: "Operating system", os_android: "Android", os_ios: "iOS", os_harmonyos: "HarmonyOS", os_blackberry: "BlackBerry", os_linux: "Linux",
    f_package: "Package / bundle ID", f_public_key: "Public key", f_fingerprint: "Certificate fingerprint (MD5 or SHA-1)",
    sec_app_access: "Network access", f_ips: "Server IPs (separated by commas)",
    sec_sdks: "Third-party SDKs", sdk_entry: "SDK", f_sdk_vendor: "Vendor", f_sdk_function: "Function", add_sdk: "+ Add an SDK",
    reuse_app: "The app principal is the subject principal", reuse_app_personal: "A person's apps have the person as their principal.", sec_app_principal: "App principal", f_remark: "Remark",
    apps: "Apps", app_number: "Number", number_pending: "number not recorded yet", app_number_of: "Number of {name} ({kind})",
  },
};

const STATES = {
  draft: ["填写中", "Draft"], provider_review: ["接入商初审中", "Provider review"], awaiting_mail: ["待邮寄资料", "Awaiting mail"],
  pending_bureau_submission: ["待提交管局", "Pending submission to the bureau"], awaiting_sms: ["短信核验中", "Awaiting SMS verification"],
  bureau_review: ["管局审核中", "Bureau review"], approved: ["备案成功", "Approved"], rejected: ["已驳回", "Rejected"],
  returned: ["已退回", "Returned"], expired: ["已过期", "Expired"], cancelled: ["已放弃", "Cancelled"],
};
const EVENTS = {
  update: ["保存信息", "Update"], submit: ["提交备案", "Submit"], resubmit: ["重新提交", "Resubmit"], cancel: ["放弃备案", "Cancel"],
  request_mail: ["要求邮寄资料", "Request mail"], mail_received: ["已收到资料", "Mail received"], provider_approve: ["初审通过", "Approve"],
  provider_reject: ["驳回", "Reject"], submit_to_bureau: ["提交管局", "Submit to the bureau"], sms_verified: ["短信核验完成", "SMS verified"],
  sms_timeout: ["短信核验超时", "SMS timeout"], bureau_approve: ["管局审核通过", "Bureau approves"], bureau_reject: ["管局驳回", "Bureau rejects"],
  expire: ["订单过期", "Expired"],
};

const state = {
  lang: localStorage.getItem("lang") === "en" ? "en" : "zh",
  me: null,
  catalog: null, catalogLang: "",
  touched: new Set(),
  showAll: false,
  orderID: "", // the draft being edited, if any
  checkSeq: 0,
  // the apps of the form, with the values of the fields their kind hides
  // (kept when the kind changes back); the fields shown are read into it
  // before every use (syncApps).
  apps: [],
  noWebsite: false,
};

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
const t = (key, vars) => {
  let s = T[state.lang][key] ?? key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace("{" + k + "}", v);
  return s;
};
const pick = (pair) => pair ? pair[state.lang === "en" ? 1 : 0] : "";

// el builds an element; children are nodes or strings (set as text).
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

async function api(method, path, body, type) {
  const sep = path.includes("?") ? "&" : "?";
  const opt = { method, headers: {}, credentials: "same-origin" };
  if (body !== undefined) {
    opt.headers["Content-Type"] = type || "application/json";
    opt.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  const res = await fetch(path + (path.startsWith("/v1/") ? sep + "lang=" + state.lang : ""), opt);
  let data = null;
  try { data = await res.json(); } catch (_) { /* empty body */ }
  return { status: res.status, ok: res.ok, data };
}

// --- language ---------------------------------------------------------

function applyLabels() {
  document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
  document.title = t("title");
  for (const e of $$("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  $("#lang-switch").textContent = state.lang === "en" ? "中文" : "English";
  if (state.me) $("#who-name").textContent = state.lang === "en" ? state.me.name_en : state.me.name;
}

async function catalog() {
  if (state.catalogLang !== state.lang) {
    const r = await api("GET", "/v1/catalog");
    if (r.ok) {
      state.catalog = new Map(r.data.rules.map((e) => [e.id, e]));
      state.catalogLang = state.lang;
    }
  }
  return state.catalog || new Map();
}
const ruleText = (cat, id) => (cat.get(id) || {}).message || id;

// --- form <-> application ---------------------------------------------

// setPath sets obj at a path such as websites[0].access.ips[0].
function setPath(obj, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let o = obj;
  keys.forEach((k, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]);
    if (last) o[k] = value;
    else {
      if (o[k] === undefined) o[k] = nextIsIndex ? [] : {};
      o = o[k];
    }
  });
}
function getPath(obj, path) {
  return path.replace(/\[(\d+)\]/g, ".$1").split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function formApplication() {
  syncApps();
  const app = {};
  for (const f of $$("#filing-form [data-path]")) {
    if (f.matches(":disabled") || f.dataset.path.startsWith("apps[")) continue;
    setPath(app, f.dataset.path, f.value.trim());
  }
  app.websites = state.noWebsite ? [] : app.websites;
  for (const site of app.websites) {
    site.previous_domains = [];
    site.service_type = "website_application";
    site.languages = ["zh-Hans"];
    site.sectors = [];
    site.pre_approvals = [];
    site.reuse_subject_principal = true;
    site.remark = "";
  }
  if (state.apps.length) app.apps = state.apps.map(appJSON);
  app.sponsor.remark = "";
  app.sponsor.principal.is_legal_representative = false;
  return app;
}

function fillForm(app) {
  for (const f of $$("#filing-form [data-path]")) {
    if (f.dataset.path.startsWith("apps[")) continue;
    const v = getPath(app, f.dataset.path);
    if (v !== undefined && v !== null) f.value = v;
  }
  setWebsite((app.websites || []).length > 0);
  state.apps = (app.apps || []).map(appModel);
  renderApps();
}

// --- apps, mini-programs and quick apps ---------------------------------

// splitList splits a list typed in one field (commas, 、 or new lines).
const splitList = (s) => String(s || "").split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean);

const PRINCIPAL_FIELDS = ["name", "cert_type", "cert_number", "cert_expiry", "mobile", "contact2", "emergency_mobile", "email"];

// appModel returns the form's model of an app of the wire format (or a new
// app): lists as typed text, every kind's fields present.
function appModel(a = {}) {
  const acc = a.access || {};
  const principal = { cert_type: "resident_id" };
  for (const k of PRINCIPAL_FIELDS) if (a.principal && a.principal[k] !== undefined) principal[k] = a.principal[k];
  return {
    kind: a.kind || "app", name: a.name || "",
    platforms: a.platforms ? a.platforms.map(platformModel) : [platformModel()],
    host: a.host || "wechat", app_id: a.app_id || "", package: a.package || "",
    domains: (a.domains || []).join(", "), categories: (a.categories || []).join("、"),
    languages: (a.languages || [])[0] || "zh-Hans",
    sdks: (a.sdks || []).map((x) => ({ vendor: x.vendor || "", function: x.function || "" })),
    access: { service: acc.service || "ecs", ips: (acc.ips || []).join(", ") },
    reuse_subject_principal: a.reuse_subject_principal ?? true, principal,
    remark: a.remark || "",
  };
}
const platformModel = (p = {}) => ({ os: p.os || "android", package: p.package || "", public_key: p.public_key || "", cert_fingerprint: p.cert_fingerprint || "" });

// appJSON returns the wire form of an app of the model: the fields of its
// kind only.
function appJSON(m) {
  const a = { kind: m.kind, name: m.name.trim() };
  if (m.kind === "app") {
    a.platforms = m.platforms.map((p) => ({ os: p.os, package: p.package.trim(), public_key: p.public_key.trim(), cert_fingerprint: p.cert_fingerprint.trim() }));
  } else if (m.kind === "mini_program") {
    a.host = m.host;
    a.app_id = m.app_id.trim();
  } else if (m.kind === "quick_app") {
    a.package = m.package.trim();
  }
  if (m.kind === "app") a.domains = splitList(m.domains);
  a.categories = splitList(m.categories);
  a.languages = m.languages ? [m.languages] : [];
  a.sdks = m.sdks.map((x) => ({ vendor: x.vendor.trim(), function: x.function.trim() }));
  if (m.kind === "app") a.access = { service: m.access.service, ips: splitList(m.access.ips) };
  a.reuse_subject_principal = !!m.reuse_subject_principal || personal();
  if (!a.reuse_subject_principal) {
    a.principal = { is_legal_representative: false };
    for (const k of PRINCIPAL_FIELDS) a.principal[k] = String(m.principal[k] || "").trim();
  }
  a.remark = m.remark.trim();
  return a;
}

// personal reports whether the sponsor is a person, whose apps' principal
// is always the sponsor's.
const personal = () => $('#filing-form [data-path="sponsor.nature"]').value === "personal";

// syncApps reads the app fields shown into the model.
function syncApps() {
  const root = { apps: state.apps };
  for (const f of $$("#apps-list [data-path]")) setPath(root, f.dataset.path, f.type === "checkbox" ? f.checked : f.value);
}

// options builds the options of a select from [value, label key] pairs.
const options = (pairs) => pairs.map(([v, key]) => el("option", { value: v, "data-i18n": key, text: t(key) }));

// field builds a labelled input (or select, or textarea) at path.
function field(key, path, value, opts = {}) {
  let input;
  if (opts.select) {
    input = el("select", { "data-path": path }, options(opts.select));
    // a value of a saved application the page has no label for stays
    if (value && !opts.select.some(([v]) => v === value)) input.append(el("option", { value, text: value }));
    input.value = value;
  } else if (opts.textarea) {
    input = el("textarea", { "data-path": path, class: opts.mono ? "mono" : null, rows: opts.rows || 2, placeholder: opts.placeholder, autocomplete: "off", spellcheck: opts.mono ? "false" : null });
    input.value = value;
  } else {
    input = el("input", { "data-path": path, class: opts.mono ? "mono" : null, placeholder: opts.placeholder, autocomplete: "off", inputmode: opts.inputmode });
    input.value = value;
  }
  return el("label", { class: opts.wide ? "wide" : null }, el("span", { "data-i18n": key, text: t(key) }), input);
}

// block builds a group of fields findings can point at as a whole (such
// as apps[0].platforms), with its heading and message box.
function block(cls, path, head, ...children) {
  return el("div", { class: cls, "data-anchor": path }, head, el("div", { class: "err", "data-err": path, role: "status" }), ...children);
}

// entryHead is the heading of the n-th entry of a list, with its remove
// button.
function entryHead(key, n, tag, onRemove, what) {
  return el("div", { class: "entry-head" },
    el(tag, {}, el("span", { "data-i18n": key, text: t(key) }), " " + n),
    el("button", { type: "button", class: "link danger", "data-remove": what, "data-i18n": "remove", text: t("remove"), onclick: onRemove }));
}

const KINDS = [["app", "kind_app"], ["mini_program", "kind_mini_program"], ["quick_app", "kind_quick_app"]];
const HOSTS = [["wechat", "host_wechat"], ["alipay", "host_alipay"], ["douyin", "host_douyin"], ["baidu", "host_baidu"], ["other", "host_other"]];
const OSES = [["android", "os_android"], ["ios", "os_ios"], ["harmonyos", "os_harmonyos"], ["blackberry", "os_blackberry"], ["linux", "os_linux"]];
const LANGS = [["zh-Hans", "lang_zh_hans"], ["zh-Hant", "lang_zh_hant"], ["en", "lang_en"], ["bo", "lang_bo"], ["ug", "lang_ug"], ["mn", "lang_mn"]];
const APP_ACCESS = [["ecs", "access_ecs"], ["lightweight", "access_lightweight"], ["virtual_host", "access_virtual_host"]];

// renderApps draws the apps of the model, keeping the focus on the field
// that had it.
function renderApps() {
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.path : "";
  $("#apps-list").replaceChildren(...state.apps.map(appEntry));
  if (focused && focused.startsWith("apps[")) {
    const f = $(`#apps-list [data-path="${CSS.escape(focused)}"]`);
    if (f) f.focus();
  }
}

// appEntry draws app i of the model: the fields of its kind.
function appEntry(m, i) {
  const p = `apps[${i}]`;
  const grid = [
    field("f_app_kind", p + ".kind", m.kind, { select: KINDS }),
    field("f_app_name", p + ".name", m.name),
  ];
  if (m.kind === "mini_program") {
    grid.push(field("f_host", p + ".host", m.host, { select: HOSTS }), field("f_app_id", p + ".app_id", m.app_id, { placeholder: "wx1234567890abcdef" }));
  } else if (m.kind === "quick_app") {
    grid.push(field("f_quick_package", p + ".package", m.package, { placeholder: "com.example.quickapp" }));
  }
  grid.push(field("f_categories", p + ".categories", m.categories, { placeholder: "生活服务、阅读" }),
    field("f_languages", p + ".languages", m.languages, { select: LANGS }));
  if (m.kind === "app") grid.push(field("f_app_domains", p + ".domains", m.domains, { placeholder: "api.example.cn", wide: true }));
  const parts = [entryHead("app_entry", i + 1, "h2", () => removeEntry("apps", i), "app"),
    el("div", { class: "err", "data-err": p, role: "status" }), el("div", { class: "grid" }, grid)];
  if (m.kind === "app") {
    parts.push(block("sub", p + ".platforms", el("h3", { "data-i18n": "sec_platforms", text: t("sec_platforms") }),
      m.platforms.map((pl, j) => {
        const pp = `${p}.platforms[${j}]`;
        return block("platform", pp, entryHead("platform_entry", j + 1, "strong", () => removeEntry(p + ".platforms", j), "platform"),
          el("div", { class: "grid" },
            field("f_os", pp + ".os", pl.os, { select: OSES }),
            field("f_package", pp + ".package", pl.package, { placeholder: "com.example.app" }),
            field("f_fingerprint", pp + ".cert_fingerprint", pl.cert_fingerprint, { placeholder: "BC:25:4E:B3:…", mono: true, wide: true }),
            field("f_public_key", pp + ".public_key", pl.public_key, { textarea: true, mono: true, wide: true })));
      }),
      el("button", { type: "button", class: "add", "data-add": "platform", "data-i18n": "add_platform", text: t("add_platform"), onclick: () => addEntry(() => state.apps[i].platforms.push(platformModel())) })));
    parts.push(block("sub", p + ".access", el("h3", { "data-i18n": "sec_app_access", text: t("sec_app_access") }),
      el("div", { class: "grid" },
        field("f_access", p + ".access.service", m.access.service, { select: APP_ACCESS }),
        field("f_ips", p + ".access.ips", m.access.ips, { placeholder: "47.96.20.20" }))));
  }
  parts.push(block("sub", p + ".sdks", el("h3", { "data-i18n": "sec_sdks", text: t("sec_sdks") }),
    m.sdks.map((x, k) => {
      const sp = `${p}.sdks[${k}]`;
      return block("sdk", sp, entryHead("sdk_entry", k + 1, "strong", () => removeEntry(p + ".sdks", k), "sdk"),
        el("div", { class: "grid" }, field("f_sdk_vendor", sp + ".vendor", x.vendor), field("f_sdk_function", sp + ".function", x.function, { placeholder: "支付" })));
    }),
    el("button", { type: "button", class: "add", "data-add": "sdk", "data-i18n": "add_sdk", text: t("add_sdk"), onclick: () => addEntry(() => state.apps[i].sdks.push({ vendor: "", function: "" })) })));
  if (personal()) {
    // a person's apps are the person's: no principal of their own
    parts.push(el("p", { class: "muted sub", "data-i18n": "reuse_app_personal", text: t("reuse_app_personal") }));
  } else {
    const reuse = el("input", { type: "checkbox", "data-path": p + ".reuse_subject_principal" });
    reuse.checked = !!m.reuse_subject_principal;
    parts.push(el("div", { class: "sub" }, el("label", { class: "check" }, reuse, el("span", { "data-i18n": "reuse_app", text: t("reuse_app") }))));
  }
  if (!m.reuse_subject_principal && !personal()) {
    const pp = p + ".principal";
    const pr = m.principal;
    parts.push(block("sub", pp, el("h3", { "data-i18n": "sec_app_principal", text: t("sec_app_principal") }), el("div", { class: "grid" },
      field("f_p_name", pp + ".name", pr.name || ""),
      field("f_cert_type", pp + ".cert_type", pr.cert_type || "resident_id", { select: [["resident_id", "cert_resident_id"]] }),
      field("f_cert_number", pp + ".cert_number", pr.cert_number || ""),
      field("f_cert_expiry", pp + ".cert_expiry", pr.cert_expiry || "", { placeholder: "2031-06-30 / long_term" }),
      field("f_mobile", pp + ".mobile", pr.mobile || "", { inputmode: "tel" }),
      field("f_contact2", pp + ".contact2", pr.contact2 || "", { inputmode: "tel", placeholder: "086-010-12345678" }),
      field("f_emergency", pp + ".emergency_mobile", pr.emergency_mobile || "", { inputmode: "tel" }),
      field("f_email", pp + ".email", pr.email || ""))));
  }
  parts.push(el("div", { class: "grid sub-grid" }, field("f_remark", p + ".remark", m.remark, { textarea: true, wide: true })));
  return el("div", { class: "app-entry", "data-anchor": p, "data-kind": m.kind }, parts);
}

// addEntry changes the model with add, draws the apps again and checks
// the form, to show the findings of the fields drawn anew.
function addEntry(add) {
  syncApps();
  add();
  renderApps();
  check();
}

// removeEntry removes entry i of the list at path (apps, or a list of
// one app), renumbering the fields touched after it, and checks again.
function removeEntry(path, i) {
  syncApps();
  getPath({ apps: state.apps }, path).splice(i, 1);
  const re = new RegExp("^" + path.replace(/[.[\]]/g, "\\$&") + "\\[(\\d+)\\]");
  const touched = new Set();
  for (const p of state.touched) {
    const m = p.match(re);
    if (!m) touched.add(p);
    else if (+m[1] > i) touched.add(p.replace(re, `${path}[${+m[1] - 1}]`));
    else if (+m[1] < i) touched.add(p);
  }
  state.touched = touched;
  renderApps();
  check();
}

// setWebsite shows the website's fields, or files no website.
function setWebsite(on) {
  state.noWebsite = !on;
  $("#website-section").hidden = !on;
  $("#website-section").disabled = !on;
  $("#no-website").hidden = on;
}

// errorBox returns the message element of the field (or group) at path,
// made once: next to the input, or at the top of the group.
function errorBox(node) {
  if (node.dataset.anchor) return node.querySelector(`:scope > .err[data-err]`);
  let box = node.parentElement.querySelector(".err[data-err]");
  if (!box) {
    box = el("div", { class: "err", "data-err": node.dataset.path, role: "status" });
    node.parentElement.append(box);
  }
  return box;
}

// fieldFor returns the input a finding's field path belongs to: the field
// itself, else the closest enclosing one or group (apps[0].sdks[1],
// apps[0].platforms, websites).
function fieldFor(path) {
  let p = path;
  while (p) {
    const q = CSS.escape(p);
    const f = $(`#filing-form [data-path="${q}"], #filing-form [data-anchor="${q}"]`);
    if (f && !f.matches(":disabled")) return f;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    p = cut > 0 ? p.slice(0, cut) : "";
  }
  return null;
}

// pathOf is the field path of an input or a group.
const pathOf = (node) => node.dataset.path || node.dataset.anchor;

// touched reports whether the findings of a field (or group) are shown:
// the field was left, or a field of the group was.
function touched(node) {
  if (state.showAll) return true;
  if (node.dataset.path) return state.touched.has(node.dataset.path);
  const a = node.dataset.anchor;
  for (const p of state.touched) if (p === a || p.startsWith(a + ".") || p.startsWith(a + "[")) return true;
  return false;
}

// labelOf is the label of a field for the summary: its own, after the
// headings of the entries it belongs to (应用 1 · 平台 2 · …).
function labelOf(node) {
  const parts = [];
  for (let a = node.closest("[data-anchor]"); a; a = a.parentElement && a.parentElement.closest("[data-anchor]")) {
    const head = a.querySelector(":scope > .entry-head > *:first-child");
    if (head) parts.unshift(head.textContent);
    else if (a === node) parts.unshift((a.querySelector(":scope > legend, :scope > h3") || {}).textContent || "");
  }
  if (!node.dataset.anchor) parts.push(node.closest("label").querySelector("span").textContent);
  return parts.filter(Boolean).join(" · ");
}

// showFindings puts each finding next to its field (touched fields only,
// unless all are shown), and the errors in the summary after a submit.
function showFindings(findings) {
  const per = new Map();
  for (const f of $$("#filing-form [data-path], #filing-form [data-anchor]")) if (!f.matches(":disabled")) per.set(f, []);
  const loose = [];
  for (const fd of findings) {
    if (fd.severity === "advice") continue;
    const input = fd.field ? fieldFor(fd.field) : null;
    if (input && touched(input)) per.get(input).push(fd);
    else if (!input) loose.push(fd);
  }
  for (const [node, fds] of per) {
    const box = errorBox(node);
    if (!box) continue;
    box.replaceChildren(...fds.map((fd) => el("div", { class: fd.severity === "error" ? "" : "warn", "data-rule": fd.rule, "data-field": fd.field, text: fd.message })));
    node.classList.toggle(node.dataset.anchor ? "has-error" : "invalid", fds.some((fd) => fd.severity === "error"));
  }
  const sum = $("#summary");
  if (!state.showAll) return;
  const errors = findings.filter((fd) => fd.severity === "error");
  if (errors.length === 0) {
    sum.hidden = true;
    return;
  }
  sum.className = "summary";
  sum.hidden = false;
  sum.replaceChildren(el("strong", { text: t("summary_errors") }), el("ul", {}, errors.map((fd) => {
    const input = fd.field ? fieldFor(fd.field) : null;
    const label = input ? labelOf(input) + "：" : "";
    return el("li", { "data-rule": fd.rule, "data-field": fd.field },
      el("a", { href: "#/new", onclick: (ev) => {
        ev.preventDefault();
        if (!input) return;
        input.scrollIntoView({ block: "center" });
        if (!input.dataset.anchor) input.focus();
      } }, label + fd.message));
  })));
}

// check sends the form to the rules and shows what they find.
async function check() {
  const seq = ++state.checkSeq;
  const r = await api("POST", "/v1/check", formApplication());
  if (seq !== state.checkSeq) return null; // a later check is on its way
  if (r.status === 200) {
    showFindings(r.data.findings);
    return r.data;
  }
  if (r.data && r.data.errors) showProblem(r.data);
  return null;
}

function showProblem(p) {
  const sum = $("#summary");
  sum.className = "summary";
  sum.hidden = false;
  sum.replaceChildren(el("strong", { text: p.detail || p.title }),
    el("ul", {}, (p.errors || []).map((e) => el("li", { "data-rule": e.rule || "", "data-field": e.field || "", text: e.message }))));
}

async function submitFiling(ev) {
  ev.preventDefault();
  state.showAll = true;
  const report = await check();
  if (!report) return;
  if (!report.ok) {
    $("#summary").scrollIntoView({ block: "start" });
    return;
  }
  if (!$("#materials").checked) {
    const sum = $("#summary");
    sum.className = "summary";
    sum.hidden = false;
    sum.replaceChildren(el("strong", { text: t("need_materials") }));
    return;
  }
  $("#form-status").textContent = t("submitting");
  const app = formApplication();
  let id = state.orderID, r, submitType = "submit";
  if (id) {
    r = await api("POST", `/v1/orders/${id}/events`, { type: "update", application: app });
    if (r.ok && r.data.order.state !== "draft") submitType = "resubmit";
  } else {
    r = await api("POST", "/v1/orders", { application: app });
    if (r.ok) id = r.data.id;
  }
  if (r.ok) r = await api("POST", `/v1/orders/${id}/events`, { type: submitType, materials_complete: true });
  $("#form-status").textContent = "";
  if (!r.ok) {
    showProblem(r.data || { title: String(r.status) });
    for (const e of (r.data && r.data.errors) || []) {
      const input = e.field ? fieldFor(e.field) : null;
      if (input) errorBox(input).append(el("div", { "data-rule": e.rule || "", text: e.message }));
    }
    return;
  }
  resetForm();
  location.hash = "#/orders/" + id;
}

function resetForm() {
  $("#filing-form").reset();
  state.touched.clear();
  state.showAll = false;
  state.orderID = "";
  $("#summary").hidden = true;
  state.apps = [];
  renderApps();
  setWebsite(true);
  for (const b of $$("#filing-form .err[data-err]")) b.replaceChildren();
  for (const f of $$("#filing-form .invalid")) f.classList.remove("invalid");
  for (const f of $$("#filing-form .has-error")) f.classList.remove("has-error");
}

// --- orders -------------------------------------------------------------

const fmtTime = (s) => {
  if (!s) return "";
  const d = new Date(s);
  const p = (n) => String(n).padStart(2, "0");
  // shown in China Standard Time, whatever the browser's zone
  const c = new Date(d.getTime() + 8 * 3600 * 1000);
  return `${c.getUTCFullYear()}-${p(c.getUTCMonth() + 1)}-${p(c.getUTCDate())} ${p(c.getUTCHours())}:${p(c.getUTCMinutes())}`;
};

function deadlineText(d, cat) {
  if (!d) return null;
  let left = "";
  if (d.overdue) left = t("overdue");
  else if (d.workdays_left === 0) left = t("due_today");
  else if (d.workdays_left === 1) left = t("workday_left");
  else if (d.workdays_left !== undefined) left = t("workdays_left", { n: d.workdays_left });
  return el("div", { class: "deadline", id: "next-deadline", "data-rule": d.rule },
    el("div", { class: "muted", text: ruleText(cat, d.rule) }),
    el("span", { text: t("due") + " " + fmtTime(d.due) + " · " }), el("strong", { text: left }),
    d.estimated ? el("span", { class: "hint", text: t("estimated") }) : null);
}

async function showOrders() {
  const staff = state.me.role === "staff";
  $("#orders-title").textContent = t(staff ? "review_title" : "orders_title");
  const bar = $("#state-filter-bar");
  bar.hidden = !staff;
  const sel = $("#state-filter");
  if (staff && sel.options.length === 0) {
    sel.append(el("option", { value: "", text: t("all_states") }));
    for (const [k, v] of Object.entries(STATES)) sel.append(el("option", { value: k, text: pick(v) }));
    sel.value = "provider_review";
    sel.addEventListener("change", showOrders);
  }
  if (staff) {
    sel.options[0].textContent = t("all_states");
    Object.entries(STATES).forEach(([, v], i) => { sel.options[i + 1].textContent = pick(v); });
  }
  const q = staff && sel.value ? "?state=" + sel.value : "";
  const r = await api("GET", "/v1/orders" + q);
  const list = $("#orders-list");
  if (!r.ok) {
    list.replaceChildren(el("p", { class: "err", text: (r.data && r.data.detail) || r.status }));
    return;
  }
  if (r.data.orders.length === 0) {
    list.replaceChildren(el("p", { class: "muted", id: "no-orders", text: t("no_orders") }));
    return;
  }
  list.replaceChildren(...r.data.orders.slice().reverse().map((o) => el("a", { class: "row", href: "#/orders/" + o.id, "data-order": o.id },
    el("span", { class: "sites", text: o.sites.concat(o.apps || []).join("、") || o.id }),
    el("span", { class: "badge", "data-state": o.state, text: pick(STATES[o.state]) }),
    el("span", { class: "id", text: o.id }),
    staff ? el("span", { class: "muted", text: o.owner }) : null,
    el("span", { class: "muted", text: fmtTime(o.updated_at) }))));
}

async function showOrder(id) {
  const box = $("#order-box");
  const [r, cat] = await Promise.all([api("GET", "/v1/orders/" + encodeURIComponent(id)), catalog()]);
  if (!r.ok) {
    box.replaceChildren(el("div", { class: "card" }, el("p", { class: "err", id: "order-missing", text: r.status === 404 ? t("not_found") : (r.data && r.data.detail) || r.status })));
    return;
  }
  const v = r.data;
  const o = v.order;
  const apps = v.application.apps || [];
  const sites = (v.application.websites || []).concat(apps).map((w) => w.name).join("、");
  const head = el("div", { class: "card" },
    el("h1", {}, el("span", { text: sites || v.id }), " ", el("span", { class: "badge", id: "order-state", "data-state": o.state, text: pick(STATES[o.state]) })),
    el("div", { class: "muted", text: `${t("order")} ${v.id} · ${fmtTime(o.created_at)}` }),
    el("div", { id: "order-error", class: "err", role: "alert" }));
  const parts = [head];
  if (v.next_deadline) parts.push(el("div", { class: "card" }, el("h2", { text: t("next_deadline") }), deadlineText(v.next_deadline, cat)));
  if (v.sms && o.state === "awaiting_sms" && state.me.role === "customer") parts.push(await smsStep(v));
  if (v.duties && v.duties.length) {
    parts.push(el("div", { class: "card", id: "duties" }, el("h2", { text: t("duties") }), el("ul", { class: "findings" }, v.duties.map((d) =>
      el("li", { "data-rule": d.rule, "data-field": d.field }, el("div", { text: ruleText(cat, d.rule) }),
        d.field ? appDuty(d, getPath(v.application, d.field) || {}) : null,
        el("div", { class: "muted", text: d.informational ? t("informational") : d.due ? t("due") + " " + fmtTime(d.due) : t("days", { n: d.days }) + " " + t("anchor_" + d.anchor) }),
        d.note ? el("div", { class: "hint", text: d.note }) : null)))));
  }
  parts.push(actions(v));
  parts.push(el("div", { class: "card" }, el("h2", { text: t("timeline") }), el("ol", { class: "timeline", id: "timeline" },
    v.history.slice().reverse().map((e) => el("li", { "data-event": e.type },
      el("time", { text: fmtTime(e.time) }), el("span", { text: pick(EVENTS[e.type]) }),
      el("span", { class: "muted", text: " · " + t("by_" + e.actor) }),
      e.reason && e.type !== "update" ? el("div", { class: "hint", text: e.reason }) : null)))));
  box.replaceChildren(...parts);
}

// appDuty shows which app a duty is of, the number it shows and the link.
function appDuty(d, a) {
  return el("div", { class: "app-duty" },
    el("strong", { text: a.name || d.field }), el("span", { class: "badge", text: t("kind_" + a.kind) }),
    d.number ? el("span", { class: "number", text: d.number }) : el("span", { class: "hint number-pending", text: t("number_pending") }),
    d.link ? el("a", { href: d.link, target: "_blank", rel: "noopener noreferrer", text: d.link }) : null);
}

async function smsStep(v) {
  const inbox = await api("GET", "/demo/sms/" + v.id);
  const msgs = inbox.ok ? inbox.data : [];
  return el("div", { class: "card sms-box", id: "sms-step" }, el("h2", { text: t("sms_step") }),
    msgs.map((m) => el("div", { class: "demo", text: t("sms_demo", { code: m.code, mobile: m.mobile }) })),
    v.sms.targets.map((tg) => tg.verified
      ? el("div", { text: `${tg.mobile} · ${t("sms_verified")}` })
      : el("form", { class: "inline", onsubmit: async (ev) => {
        ev.preventDefault();
        const code = ev.target.querySelector("input").value.trim();
        await sendEvent(v, { type: "sms_verified", codes: [{ target: tg.index, code }] });
      } }, el("span", { text: tg.mobile }), el("input", { inputmode: "numeric", maxlength: "6", placeholder: t("sms_code"), "data-target": tg.index }),
      el("button", { class: "primary", type: "submit", text: t("sms_send") }))));
}

function actions(v) {
  const o = v.order;
  const btns = [];
  const reason = el("input", { id: "reason", placeholder: t("reason") });
  let needsReason = false;
  // the bureau's approval records the numbers it gave the apps
  const apps = v.application.apps || [];
  const letters = { app: "A", mini_program: "X", quick_app: "K" };
  const numbers = v.allowed.includes("bureau_approve") && apps.length
    ? el("div", { class: "grid", id: "app-numbers" }, apps.map((a, i) => el("label", {},
      el("span", { text: t("app_number_of", { name: a.name, kind: t("kind_" + a.kind) }) }),
      el("input", { "data-app-number": i, placeholder: `京ICP备12345678号-${i + 2}${letters[a.kind] || ""}`, autocomplete: "off" }))))
    : null;
  for (const type of v.allowed) {
    if (type === "update" || type === "sms_verified") continue;
    if (type === "submit" || type === "resubmit") {
      btns.push(el("button", { type: "button", "data-event": "edit", onclick: () => editOrder(v) , text: t("edit") }));
      continue;
    }
    const rejects = type === "provider_reject" || type === "bureau_reject";
    needsReason = needsReason || rejects;
    btns.push(el("button", { type: "button", "data-event": type, class: rejects || type === "cancel" ? "danger" : "primary", text: pick(EVENTS[type]),
      onclick: async () => {
        if (rejects && !reason.value.trim()) {
          $("#order-error").textContent = t("confirm_reason");
          reason.focus();
          return;
        }
        const body = { type, reason: rejects ? reason.value.trim() : undefined, version: o.version };
        if (type === "bureau_approve" && numbers) {
          const given = $$("input[data-app-number]", numbers).map((f) => f.value.trim());
          if (given.some(Boolean)) body.app_numbers = given;
        }
        await sendEvent(v, body);
      } }));
  }
  if (btns.length === 0) return el("div", { hidden: true });
  return el("div", { class: "card", id: "actions" }, el("h2", { text: t("actions") }),
    numbers, needsReason ? el("div", { class: "inline" }, reason) : null, el("div", { class: "actions" }, btns));
}

async function sendEvent(v, body) {
  const r = await api("POST", `/v1/orders/${v.id}/events`, body);
  if (!r.ok) {
    const p = r.data || {};
    $("#order-error").textContent = [p.detail || p.title].concat((p.errors || []).map((e) => e.message)).filter(Boolean).join(" ");
    return;
  }
  await showOrder(v.id);
}

function editOrder(v) {
  resetForm();
  state.orderID = v.id;
  fillForm(v.application);
  location.hash = "#/new";
}

// --- footer ---------------------------------------------------------------

async function checkFooterPage(ev) {
  ev.preventDefault();
  const q = new URLSearchParams({ number: $("#footer-number").value.trim() });
  for (const [k, id] of [["psb", "#footer-psb"], ["province", "#footer-province"], ["unit", "#footer-unit"]]) {
    const val = $(id).value.trim();
    if (val) q.set(k, val);
  }
  const r = await api("POST", "/v1/footer?" + q, $("#footer-html").value, "text/html; charset=utf-8");
  const out = $("#footer-result");
  if (!r.ok) {
    out.replaceChildren(el("div", { class: "summary", text: (r.data && r.data.detail) || r.status }));
    return;
  }
  out.replaceChildren(el("div", { class: r.data.ok ? "summary ok" : "summary", id: "footer-verdict", text: t(r.data.ok ? "footer_ok" : "footer_bad") }),
    el("ul", { class: "findings card", id: "footer-findings" }, r.data.findings.map((f) => el("li", { "data-rule": f.rule },
      el("div", { class: "sev-" + f.severity, text: f.message }), el("div", { class: "rule", text: `${f.rule}${f.field ? " · " + f.field : ""}` })))));
}

// --- routing and sign-in ----------------------------------------------------

function show(view) {
  for (const s of $$(".view")) s.hidden = s.id !== "view-" + view;
  for (const a of $$("#nav a")) a.classList.toggle("active", a.getAttribute("href") === location.hash && !a.hidden);
}

async function route() {
  if (!state.me) {
    show("signin");
    return;
  }
  const h = location.hash || "";
  const m = h.match(/^#\/orders\/(.+)$/);
  if (m) {
    show("order");
    await showOrder(decodeURIComponent(m[1]));
  } else if (h === "#/orders") {
    show("orders");
    await showOrders();
  } else if (h === "#/footer") {
    show("footer");
  } else if (state.me.role === "customer") {
    show("new");
  } else {
    location.hash = "#/orders";
  }
}

function signedIn(me) {
  state.me = me;
  $("#nav").hidden = false;
  $("#sign-out").hidden = false;
  for (const a of $$("#nav [data-role]")) a.hidden = a.dataset.role !== me.role;
  applyLabels();
  document.body.dataset.role = me.role;
}

async function init() {
  applyLabels();
  const accounts = await (await fetch("/session/accounts")).json();
  const sel = $("#signin-account");
  for (const a of accounts) sel.append(el("option", { value: a.id, text: `${a.id} · ${a.name}` }));
  $("#signin-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const r = await fetch("/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ account: sel.value, password: $("#signin-password").value }) });
    if (!r.ok) {
      $("#signin-error").textContent = t("signin_failed");
      return;
    }
    $("#signin-error").textContent = "";
    $("#signin-password").value = "";
    signedIn(await r.json());
    location.hash = state.me.role === "customer" ? "#/new" : "#/orders";
    await route();
  });
  $("#sign-out").addEventListener("click", async () => {
    await fetch("/session", { method: "DELETE" });
    state.me = null;
    resetForm();
    $("#nav").hidden = true;
    $("#sign-out").hidden = true;
    $("#who-name").textContent = "";
    location.hash = "";
    show("signin");
  });
  $("#lang-switch").addEventListener("click", async () => {
    state.lang = state.lang === "en" ? "zh" : "en";
    localStorage.setItem("lang", state.lang);
    applyLabels();
    if (state.me && !$("#view-new").hidden && (state.touched.size || state.showAll)) await check();
    else if (state.me) await route();
  });
  const form = $("#filing-form");
  form.addEventListener("focusout", (ev) => {
    const f = ev.target.closest("[data-path]");
    if (!f) return;
    state.touched.add(f.dataset.path);
    check();
  });
  form.addEventListener("change", (ev) => {
    const f = ev.target.closest("select[data-path], input[type=checkbox][data-path]");
    if (!f) return;
    state.touched.add(f.dataset.path);
    // the kind of an app and the reuse of the subject principal change
    // the fields shown
    if (/^(apps\[\d+\]\.(kind|reuse_subject_principal)|sponsor\.nature)$/.test(f.dataset.path)) addEntry(() => {});
    else check();
  });
  $("#add-app").addEventListener("click", () => addEntry(() => state.apps.push(appModel())));
  $("#remove-website").addEventListener("click", () => { setWebsite(false); check(); });
  $("#add-website").addEventListener("click", () => { setWebsite(true); check(); });
  form.addEventListener("submit", submitFiling);
  $("#footer-form").addEventListener("submit", checkFooterPage);
  window.addEventListener("hashchange", route);
  const me = await fetch("/session");
  if (me.ok) signedIn(await me.json());
  await route();
}

document.addEventListener("DOMContentLoaded", init);
