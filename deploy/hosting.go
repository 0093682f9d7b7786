package deploy

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

const (
	// certificateRegion is the only region CloudFront takes certificates from.
	certificateRegion    = "us-east-1"
	cloudFrontPrefixList = "com.amazonaws.global.cloudfront.origin-facing"
	// validationPolls bounds how long deploy looks for a new certificate's
	// validation record before it waits for the stack anyway.
	validationPolls = 12
)

// CertificateStack names the hosting site's certificate stack (in us-east-1).
func CertificateStack(env model.Environment) string { return env.StackName + "-hosting-certificate" }

// hostingParams are the hosting site's root parameters: the environment's
// domain and zone, and what deploy finds: CloudFront's prefix list in the
// region, and the certificate's ARN from its stack in us-east-1, which it
// creates or updates first (a plan only reads it).
func (d *Deployer) hostingParams(ctx context.Context, b *model.Backend, files gen.Files) (map[string]string, error) {
	pl, err := d.prefixList(ctx)
	if err != nil {
		return nil, err
	}
	arn, err := d.certificate(ctx, b, files)
	if err != nil {
		return nil, err
	}
	return map[string]string{
		gen.HostingParam("Domain"):                 b.Hosting.Domain,
		gen.HostingParam("HostedZoneId"):           b.Hosting.HostedZoneID,
		gen.HostingParam("CertificateArn"):         arn,
		gen.HostingParam("CloudFrontPrefixListId"): pl,
	}, nil
}

func (d *Deployer) prefixList(ctx context.Context) (string, error) {
	res, err := d.C.PrefixLists.DescribeManagedPrefixLists(ctx, &ec2.DescribeManagedPrefixListsInput{
		Filters: []ec2types.Filter{{Name: aws.String("prefix-list-name"), Values: []string{cloudFrontPrefixList}}}})
	if err != nil {
		return "", fmt.Errorf("find CloudFront's prefix list: %w", err)
	}
	if len(res.PrefixLists) == 0 {
		return "", fmt.Errorf("this region has no managed prefix list %s, which the hosting site's load balancer admits", cloudFrontPrefixList)
	}
	return aws.ToString(res.PrefixLists[0].PrefixListId), nil
}

// certificate brings the certificate stack up to date in us-east-1 and
// returns its ARN. While a new certificate waits for validation, it prints
// the DNS record to create when the domain has no hosted zone.
func (d *Deployer) certificate(ctx context.Context, b *model.Backend, files gen.Files) (string, error) {
	g := *d // the same deploy, with CloudFormation in us-east-1
	g.C.CFN = d.C.GlobalCFN
	h, name := b.Hosting, CertificateStack(b.Env)
	if d.Opts.Plan {
		if arn, err := g.certificateARN(ctx, name); err != nil || arn != "" {
			return arn, err
		}
		d.say("Plan: the certificate of %s would be created in us-east-1 (stack %s) before the root stack, and the site's access-log stack (%s) after it", h.Domain, name, LogsStack(b.Env))
		return "arn:aws:acm:us-east-1:000000000000:certificate/to-be-created", nil
	}
	say := fmt.Sprintf("Certificate of %s in us-east-1, for CloudFront (stack %s)", h.Domain, name)
	while := func() error { return nil }
	if h.HostedZoneID == "" {
		while = func() error { return g.showValidation(ctx, name) }
	}
	if err := g.globalStack(ctx, name, files["hosting-certificate.yaml"], map[string]string{"domain": h.Domain, "hostedZoneId": h.HostedZoneID}, say, while); err != nil {
		return "", err
	}
	arn, err := g.certificateARN(ctx, name)
	if err == nil && arn == "" {
		err = fmt.Errorf("stack %s has no CertificateArn output", name)
	}
	return arn, err
}

// globalStack creates or updates a stack with d's CloudFormation client (in
// us-east-1): when it changes, it says what the stack is and shows, guards
// and confirms the changes as for the root stack, then runs while once the
// change set executes and follows the stack to its end. A plan never gets
// here (certificate and accessLogs stop first).
func (d *Deployer) globalStack(ctx context.Context, name string, body []byte, params map[string]string, say string, while func() error) error {
	st, err := d.stackState(ctx, name)
	if err != nil {
		return err
	}
	typ, err := d.changeSetType(ctx, name, st)
	if err != nil {
		return err
	}
	var ps []types.Parameter
	for _, k := range slices.Sorted(maps.Keys(params)) {
		ps = append(ps, types.Parameter{ParameterKey: aws.String(k), ParameterValue: aws.String(params[k])})
	}
	id, changes, err := d.createChangeSet(ctx, &cloudformation.CreateChangeSetInput{StackName: aws.String(name), ChangeSetType: typ,
		TemplateBody: aws.String(string(body)), Parameters: ps})
	if err != nil || id == "" {
		return err
	}
	d.say("%s", say)
	// Shown, guarded and confirmed as the root stack's changes are.
	if execute, err := d.decide(ctx, name, id, typ, changes); err != nil || !execute {
		return err
	}
	d.stackWait(true)
	defer d.stackWait(false)
	if _, err := d.C.CFN.ExecuteChangeSet(ctx, &cloudformation.ExecuteChangeSetInput{ChangeSetName: aws.String(id)}); err != nil {
		return err
	}
	if err := while(); err != nil {
		return err
	}
	_, err = d.waitStack(ctx, name, "")
	return err
}

// LogsStack names the hosting site's access-log stack (in us-east-1).
func LogsStack(env model.Environment) string { return env.StackName + "-hosting-logs" }

// accessLogs brings the site's CloudFront logging stack up to date in
// us-east-1, once the distribution exists (a plan leaves it alone).
func (d *Deployer) accessLogs(ctx context.Context, b *model.Backend, files gen.Files, outputs model.StackOutputs) error {
	id := outputs[gen.HostingStackID]["DistributionId"]
	if d.Opts.Plan || id == "" {
		return nil
	}
	g := *d
	g.C.CFN = d.C.GlobalCFN
	name := LogsStack(b.Env)
	return g.globalStack(ctx, name, files["hosting-logs.yaml"], map[string]string{"rootStackName": b.Env.StackName, "DistributionId": id},
		fmt.Sprintf("Access logs of the site, in us-east-1 (stack %s)", name), func() error { return nil })
}

// certificateARN is the certificate stack's output, or "" when it has none yet.
func (d *Deployer) certificateARN(ctx context.Context, name string) (string, error) {
	st, err := d.stackState(ctx, name)
	if err != nil || st == nil {
		return "", err
	}
	for _, o := range st.Outputs {
		if aws.ToString(o.OutputKey) == "CertificateArn" {
			return aws.ToString(o.OutputValue), nil
		}
	}
	return "", nil
}

// showValidation prints the DNS record that validates the new certificate
// (and, being the same for the domain in every region, the load balancer's).
func (d *Deployer) showValidation(ctx context.Context, stack string) error {
	for range validationPolls {
		res, err := d.C.CFN.ListStackResources(ctx, &cloudformation.ListStackResourcesInput{StackName: aws.String(stack)})
		if err != nil {
			return err
		}
		for _, r := range res.StackResourceSummaries {
			arn := aws.ToString(r.PhysicalResourceId)
			if aws.ToString(r.LogicalResourceId) != "Certificate" || arn == "" {
				continue
			}
			cert, err := d.C.GlobalCerts.DescribeCertificate(ctx, &acm.DescribeCertificateInput{CertificateArn: aws.String(arn)})
			if err != nil {
				return err
			}
			for _, v := range cert.Certificate.DomainValidationOptions {
				if rr := v.ResourceRecord; rr != nil {
					d.say("Create this DNS record for %s where its domain is served; the stacks wait until AWS sees it:\n  %s %s %s",
						aws.ToString(v.DomainName), aws.ToString(rr.Name), rr.Type, aws.ToString(rr.Value))
					return nil
				}
			}
		}
		if err := d.sleep(ctx); err != nil {
			return err
		}
	}
	d.say("The certificate's DNS validation record is not known yet: `aws acm describe-certificate --region us-east-1` shows it")
	return nil
}

// zoneFor finds the account's public hosted zone that holds domain (its
// longest suffix), or "" when there is none or it cannot be read.
func (d *Deployer) zoneFor(ctx context.Context, domain string) string {
	res, err := d.C.Zones.ListHostedZonesByName(ctx, &route53.ListHostedZonesByNameInput{})
	if err != nil {
		return "" // a suggestion only: no reason to fail the deploy
	}
	best, id := "", ""
	for _, z := range res.HostedZones {
		name := strings.TrimSuffix(aws.ToString(z.Name), ".")
		if z.Config != nil && z.Config.PrivateZone {
			continue
		}
		if (domain == name || strings.HasSuffix(domain, "."+name)) && len(name) > len(best) {
			best, id = name, strings.TrimPrefix(aws.ToString(z.Id), "/hostedzone/")
		}
	}
	return id
}

// siteNotes says where the site is and, without a hosted zone, either the
// account's zone that holds the domain (to name, so deploy makes the records)
// or the record that points the domain at CloudFront.
func (d *Deployer) siteNotes(ctx context.Context, b *model.Backend, outputs model.StackOutputs) {
	h := b.Hosting
	out := outputs[gen.HostingStackID]
	if out == nil {
		return
	}
	d.say("Site: https://%s", h.Domain)
	if h.HostedZoneID != "" {
		return
	}
	if zone := d.zoneFor(ctx, h.Domain); zone != "" {
		d.say("Route53 zone %s holds %s: `dockstack update hosting --env %s --hosted-zone %s` lets the next deploy make the site's records there", zone, h.Domain, b.Env.Name, zone)
		return
	}
	d.say("Point %s at CloudFront with this DNS record (for an apex domain, your DNS provider's ALIAS or ANAME in place of CNAME):\n  %s CNAME %s",
		h.Domain, h.Domain, out["CloudfrontDistributionAliasDomainName"])
}
