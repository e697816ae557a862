/// The seven steps of the CloudResearch linking guide, in the guide's order.
///
/// The raw value is the id used in `guide.json`, on the command line
/// (`turklink step ID`) and in diagnoses.
public enum StepID: String, CaseIterable, Sendable, Codable {
  case cloudresearchAccount = "cloudresearch-account"
  case awsAccount = "aws-account"
  case requesterAccount = "requester-account"
  case iamUser = "iam-user"
  case policy = "policy"
  case accessKeys = "access-keys"
  case cloudresearchEntry = "cloudresearch-entry"
}
