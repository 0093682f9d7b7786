package model

import (
	"fmt"
	"path/filepath"
	"strconv"
)

// dynamoCLIInputs is amplify/backend/storage/<name>/cli-inputs.json for DynamoDB.
type dynamoCLIInputs struct {
	TableName    string   `json:"tableName"`
	PartitionKey *cliKey  `json:"partitionKey"`
	SortKey      *cliKey  `json:"sortKey"`
	GSI          []cliGSI `json:"gsi"`
	Triggers     []string `json:"triggerFunctions"`
	Stream       *bool    `json:"stream"`
}

type cliKey struct {
	FieldName string `json:"fieldName"`
	FieldType string `json:"fieldType"`
}

type cliGSI struct {
	Name         string  `json:"name"`
	PartitionKey *cliKey `json:"partitionKey"`
	SortKey      *cliKey `json:"sortKey"`
}

// keyTypes maps Amplify's field types to DynamoDB key types; only these can be keys.
var keyTypes = map[string]string{"string": "S", "number": "N", "binary": "B"}

func loadTable(root, name string, r *Report) (Table, bool) {
	file := filepath.ToSlash(filepath.Join(BackendDir, "storage", name, "cli-inputs.json"))
	var in dynamoCLIInputs
	if !readJSON(root, file, &in, true, r) {
		if !r.hasFile(file) {
			r.Errorf(file, 0, "storage %q has no cli-inputs.json; recreate it with `dockstack add storage --name %s --partition-key NAME:TYPE`", name, name)
		}
		return Table{}, false
	}
	// Amplify's tables always have a stream (and give STORAGE_<NAME>_STREAMARN);
	// "stream": false turns it off, unless a trigger needs it.
	t := Table{Name: name, TableName: in.TableName, Stream: len(in.Triggers) > 0 || in.Stream == nil || *in.Stream}
	if t.TableName == "" {
		t.TableName = name
	}
	ok := tableNameRule.check(file, 0, "tableName", t.TableName, r)
	key := func(k *cliKey, what string) *Key {
		if k == nil || k.FieldName == "" {
			return nil
		}
		typ, valid := keyTypes[k.FieldType]
		if !valid {
			r.Errorf(file, 0, "%s %q has type %q; a key must be string, number or binary", what, k.FieldName, k.FieldType)
			ok = false
			return nil
		}
		return &Key{Name: k.FieldName, Type: typ}
	}
	if pk := key(in.PartitionKey, "partition key"); pk != nil {
		t.PartitionKey = *pk
	} else if ok {
		r.Errorf(file, 0, "partitionKey is missing; set {\"fieldName\": \"id\", \"fieldType\": \"number\"} or the key you need")
		ok = false
	}
	t.SortKey = key(in.SortKey, "sort key")
	seen := map[string]bool{}
	for _, g := range in.GSI {
		if g.Name == "" || seen[g.Name] {
			r.Errorf(file, 0, "every GSI needs a unique name (got %q)", g.Name)
			ok = false
			continue
		}
		seen[g.Name] = true
		pk := key(g.PartitionKey, "GSI "+g.Name+" partition key")
		if pk == nil {
			r.Errorf(file, 0, "GSI %q needs a partitionKey", g.Name)
			ok = false
			continue
		}
		t.GSIs = append(t.GSIs, GSI{Name: g.Name, PartitionKey: *pk, SortKey: key(g.SortKey, "GSI "+g.Name+" sort key")})
	}
	return t, ok
}

// cognitoCLIInputs is the part of amplify/backend/auth/<name>/cli-inputs.json dockstack reads.
type cognitoCLIInputs struct {
	CognitoConfig struct {
		UserPoolName             string   `json:"userPoolName"`
		UsernameAttributes       []string `json:"usernameAttributes"`
		HostedUIDomainName       string   `json:"hostedUIDomainName"`
		UsernameCaseSensitive    *bool    `json:"usernameCaseSensitive"`
		PasswordPolicyMinLength  any      `json:"passwordPolicyMinLength"` // Amplify writes a number or a string
		PasswordPolicyCharacters []string `json:"passwordPolicyCharacters"`
		AuthSelections           string   `json:"authSelections"`
		IdentityPoolName         string   `json:"identityPoolName"`
		AllowUnauthenticated     bool     `json:"allowUnauthenticatedIdentities"`
	} `json:"cognitoConfig"`
}

// passwordClasses maps Amplify's passwordPolicyCharacters to dockstack's words.
var passwordClasses = map[string]string{"Requires Lowercase": "lowercase", "Requires Uppercase": "uppercase", "Requires Numbers": "numbers", "Requires Symbols": "symbols"}

func loadAuth(root, name string, r *Report) Auth {
	file := filepath.ToSlash(filepath.Join(BackendDir, "auth", name, "cli-inputs.json"))
	a := Auth{Name: name, UserPoolName: name, SignInWith: []string{"email"},
		Password: PasswordPolicy{MinLength: 8, Requires: []string{"lowercase", "uppercase", "numbers", "symbols"}}}
	var in cognitoCLIInputs
	if readJSON(root, file, &in, true, r) {
		c := in.CognitoConfig
		if c.UserPoolName != "" {
			a.UserPoolName = c.UserPoolName
		}
		if c.UsernameAttributes != nil {
			a.SignInWith = c.UsernameAttributes
		}
		a.HostedUIDomain = c.HostedUIDomainName
		a.CaseSensitive = c.UsernameCaseSensitive
		if c.PasswordPolicyMinLength != nil {
			n, err := strconv.Atoi(fmt.Sprint(c.PasswordPolicyMinLength))
			if err != nil || n < 6 || n > 99 {
				r.Errorf(file, 0, "passwordPolicyMinLength %v must be a number from 6 to 99 (Cognito's range)", c.PasswordPolicyMinLength)
			}
			a.Password.MinLength = n
		}
		switch c.AuthSelections {
		case "", "userPoolOnly":
		case "identityPoolAndUserPool":
			ip := &IdentityPool{Name: c.IdentityPoolName, AllowUnauthenticated: c.AllowUnauthenticated}
			if ip.Name == "" {
				ip.Name = name + "_identitypool"
			}
			identityPoolRule.check(file, 0, "identityPoolName", ip.Name, r)
			a.IdentityPool = ip
		default:
			r.Errorf(file, 0, "authSelections %q is not userPoolOnly or identityPoolAndUserPool", c.AuthSelections)
		}
		if c.PasswordPolicyCharacters != nil {
			a.Password.Requires = nil
			for _, ch := range c.PasswordPolicyCharacters {
				class, ok := passwordClasses[ch]
				if !ok {
					r.Errorf(file, 0, "passwordPolicyCharacters: %q is not one of Requires Lowercase, Requires Uppercase, Requires Numbers, Requires Symbols", ch)
					continue
				}
				a.Password.Requires = append(a.Password.Requires, class)
			}
		}
	}
	userPoolRule.check(file, 0, "userPoolName", a.UserPoolName, r)
	if a.HostedUIDomain != "" {
		domainPrefixRule.check(file, 0, "hostedUIDomainName", a.HostedUIDomain, r)
	}
	for _, attr := range a.SignInWith {
		if attr != "email" && attr != "phone_number" {
			r.Errorf(file, 0, "usernameAttributes may hold email and phone_number, not %q", attr)
		}
	}
	return a
}
