package gen

import (
	"slices"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/dynamodb"
	"github.com/dockstack/dockstack/model"
)

func storageStackID(table string) string   { return "storage" + table }
func storageFile(table, ext string) string { return "storage-" + table + "." + ext }

// Storage builds a DynamoDB table stack. The table is never lost by a stack
// operation: retained on delete and on replacement, deletion protection on,
// point-in-time recovery on, encrypted.
func Storage(t *model.Table) *Template {
	tpl := NewTemplate("dockstack storage " + t.Name + ": DynamoDB table")
	tpl.AddParameter("env", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The environment name; it is part of the table name")})
	keys := []dynamodb.Table_KeySchema{{AttributeName: t.PartitionKey.Name, KeyType: "HASH"}}
	if t.SortKey != nil {
		keys = append(keys, dynamodb.Table_KeySchema{AttributeName: t.SortKey.Name, KeyType: "RANGE"})
	}
	table := &dynamodb.Table{
		// Amplify's naming: <tableName>-<env>, so environments never collide.
		TableName:                            cloudformation.String(cloudformation.Sub(literal(t.TableName) + "-${env}")),
		BillingMode:                          cloudformation.String("PAY_PER_REQUEST"),
		AttributeDefinitions:                 attributeDefinitions(t),
		KeySchema:                            keys,
		PointInTimeRecoverySpecification:     &dynamodb.Table_PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: cloudformation.Bool(true)},
		SSESpecification:                     &dynamodb.Table_SSESpecification{SSEEnabled: true},
		DeletionProtectionEnabled:            cloudformation.Bool(true),
		AWSCloudFormationDeletionPolicy:      "RetainExceptOnCreate",
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	}
	for _, g := range t.GSIs {
		gk := []dynamodb.Table_KeySchema{{AttributeName: g.PartitionKey.Name, KeyType: "HASH"}}
		if g.SortKey != nil {
			gk = append(gk, dynamodb.Table_KeySchema{AttributeName: g.SortKey.Name, KeyType: "RANGE"})
		}
		table.GlobalSecondaryIndexes = append(table.GlobalSecondaryIndexes, dynamodb.Table_GlobalSecondaryIndex{
			IndexName: g.Name, KeySchema: gk, Projection: &dynamodb.Table_Projection{ProjectionType: cloudformation.String("ALL")},
		})
	}
	if t.Stream {
		table.StreamSpecification = &dynamodb.Table_StreamSpecification{StreamViewType: "NEW_AND_OLD_IMAGES"}
	}
	tpl.Add("Table", "DynamoDB table "+t.TableName, table)

	out := func(id, desc, v string) {
		tpl.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: v})
	}
	out("Name", "Table name", cloudformation.Ref("Table"))
	out("Arn", "Table ARN", cloudformation.GetAtt("Table", "Arn"))
	if t.Stream {
		out("StreamArn", "Table stream ARN", cloudformation.GetAtt("Table", "StreamArn"))
	}
	out("PartitionKeyName", "Partition key name", t.PartitionKey.Name)
	out("PartitionKeyType", "Partition key type", t.PartitionKey.Type)
	if t.SortKey != nil {
		out("SortKeyName", "Sort key name", t.SortKey.Name)
		out("SortKeyType", "Sort key type", t.SortKey.Type)
	}
	out("Region", "Region of the table", cloudformation.Ref("AWS::Region"))
	return tpl
}

// attributeDefinitions lists each key attribute of the table and its indexes once.
func attributeDefinitions(t *model.Table) []dynamodb.Table_AttributeDefinition {
	var defs []dynamodb.Table_AttributeDefinition
	seen := map[string]bool{}
	add := func(k *model.Key) {
		if k != nil && !seen[k.Name] {
			seen[k.Name] = true
			defs = append(defs, dynamodb.Table_AttributeDefinition{AttributeName: k.Name, AttributeType: k.Type})
		}
	}
	add(&t.PartitionKey)
	add(t.SortKey)
	for _, g := range t.GSIs {
		add(&g.PartitionKey)
		add(g.SortKey)
	}
	return defs
}

// tableActions are the DynamoDB actions each permission grants: explicit
// actions, no wildcards, each permission exactly what it needs.
var tableActions = map[string][]string{
	"create": {"dynamodb:BatchWriteItem", "dynamodb:PartiQLInsert", "dynamodb:PutItem"},
	"read": {"dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
		"dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan"},
	"update": {"dynamodb:PartiQLUpdate", "dynamodb:UpdateItem"},
	"delete": {"dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PartiQLDelete"},
}

// TableActions returns the actions a set of permissions grants, sorted and without repeats.
func TableActions(ops []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, op := range []string{"create", "read", "update", "delete"} {
		if !slices.Contains(ops, op) {
			continue
		}
		for _, a := range tableActions[op] {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	slices.Sort(out)
	return out
}
