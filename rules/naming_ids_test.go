package rules_test

// namingRuleIDs are the naming rules whose firing cases live in naming_test.go.
var namingRuleIDs = []string{}
