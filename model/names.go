package model

import (
	"fmt"
	"regexp"
)

// Every name from the input ends up in file names, logical IDs and AWS
// resource names; each is checked when loaded against what AWS accepts where
// it lands, so that none can climb out of a folder (`x/../../package`), become
// part of a !Sub (`${AWS::AccountId}`) or make an invalid logical ID (`my-table`).
type nameRule struct {
	re   *regexp.Regexp
	says string // what the name may be, for the message
}

var (
	projectNameRule  = nameRule{regexp.MustCompile(`^[a-zA-Z0-9]{3,20}$`), "3 to 20 letters and digits (Amplify's rule: it is part of stack and bucket names)"}
	apiNameRule      = nameRule{regexp.MustCompile(`^[a-z0-9]{1,40}$`), "1 to 40 lower-case letters and digits (ECR repository names allow no upper case)"}
	resourceNameRule = nameRule{regexp.MustCompile(`^[a-zA-Z0-9]{1,40}$`), "1 to 40 letters and digits (it names a file and a CloudFormation logical ID)"}
	tableNameRule    = nameRule{regexp.MustCompile(`^[a-zA-Z0-9_.-]{3,200}$`), "3 to 200 letters, digits, _, . and - (DynamoDB's rule, leaving room for the environment)"}
	userPoolRule     = nameRule{regexp.MustCompile(`^[\w+=,.@ -]{1,100}$`), "1 to 100 letters, digits, spaces and +=,.@-_ (Cognito's rule, leaving room for the environment)"}
	domainPrefixRule = nameRule{regexp.MustCompile(`^[a-z0-9](?:[a-z0-9-]{0,50}[a-z0-9])?$`), "lower-case letters, digits and hyphens, not at either end (Cognito's rule for domain prefixes)"}
	regionRule       = nameRule{regexp.MustCompile(`^[a-z]{2}(?:-[a-z]+)+-[0-9]$`), "an AWS region such as us-east-1"}
	stackNameRule    = nameRule{regexp.MustCompile(`^[a-zA-Z][-a-zA-Z0-9]{0,110}$`), "a letter, then letters, digits and hyphens, at most 111 characters (CloudFormation's rule, leaving room for nested stacks)"}
	identityPoolRule = nameRule{regexp.MustCompile(`^[\w ]{1,100}$`), "1 to 100 letters, digits, underscores and spaces (Cognito's rule, leaving room for the environment)"}
	roleNameRule     = nameRule{regexp.MustCompile(`^[\w+=,.@-]{1,64}$`), "1 to 64 letters, digits and +=,.@_- (IAM's rule)"}
	bucketNameRule   = nameRule{regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`), "3 to 63 lower-case letters, digits, . and - (S3's rule)"}
)

// check reports value unless it follows the rule; what names the value in the message.
func (n nameRule) check(file string, line int, what, value string, r *Report) bool {
	if n.re.MatchString(value) {
		return true
	}
	r.Errorf(file, line, "%s %q must be %s", what, value, n.says)
	return false
}

// normalName is a name as resource names and logical IDs see it: letters and digits, lower case.
func normalName(s string) string {
	out := make([]rune, 0, len(s))
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		}
	}
	return string(out)
}

// checkCollisions refuses container names that differ only in what resource
// names drop (web-app, web_app): they would share one repository.
func (cf *composeFile) checkCollisions(api *API) {
	seen := map[string]string{}
	for _, c := range api.Containers {
		key := normalName(c.Name)
		if other, ok := seen[key]; ok {
			cf.r.Errorf(cf.rel, cf.keys.line("services", c.Name), "services %q and %q have the same name once - and _ are dropped (%s), as repository and resource names need; rename one", other, c.Name, fmt.Sprint(key))
			continue
		}
		seen[key] = c.Name
	}
}

// CheckAPIName says what is wrong with an API name, for a prompt that asks again.
func CheckAPIName(name string) error {
	if !apiNameRule.re.MatchString(name) {
		return fmt.Errorf("API name %q must be %s", name, apiNameRule.says)
	}
	return nil
}

// CheckGitHubURL says what is wrong with a GitHub folder URL, for a prompt that asks again.
func CheckGitHubURL(url string) error {
	r := &Report{}
	if parseGitHub(&gitHubInfo{Path: url}, "api", 0, r) == nil {
		return fmt.Errorf("%q is not of the form https://github.com/OWNER/REPO/tree/BRANCH/PATH", url)
	}
	return nil
}

// CheckDomainPrefix says what is wrong with a hosted UI domain prefix, for a prompt that asks again.
func CheckDomainPrefix(prefix string) error {
	if !domainPrefixRule.re.MatchString(prefix) {
		return fmt.Errorf("%q must be %s", prefix, domainPrefixRule.says)
	}
	return nil
}
