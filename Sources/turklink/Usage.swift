/// The text of `turklink --help` and `--version`.
enum Usage {
  static let version = "turklink 0.1.0"

  static let text = """
    turklink — get your Mechanical Turk API keys working with CloudResearch

    Usage:
      turklink                 open the wizard where you left off
      turklink step ID         go through one step again (ID or its number 1-7)
      turklink status          print your progress as text
      turklink check           check keys without the wizard (for scripts)
      turklink reset [ID]      forget progress (all, or one step)
      turklink --demo          rehearse against a built-in stand-in (fake keys, no network)

    Steps:
      1 cloudresearch-account   4 iam-user       7 cloudresearch-entry
      2 aws-account             5 policy
      3 requester-account       6 access-keys

    Options:
      --plain                      line-by-line prompts instead of the full-screen wizard
      --profile NAME               credentials profile to read (check) or save to (default mturk)
      --from-csv FILE              read the keys from the AWS console's accessKeys.csv
      --endpoint-url URL           MTurk production and STS endpoint (e.g. a stand-in)
      --sandbox-endpoint-url URL   MTurk sandbox endpoint
      --timeout SECONDS            network timeout per request (default 10)
      -h, --help                   this text
      -V, --version                the version

    check options:
      --json                       one JSON object on stdout
      --production-only, --sandbox-only
      --save                       after a passing check, save the keys to the profile
      --force                      with --save: replace an existing profile

    Keys for check come from --from-csv, --profile, AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, in that order. The secret is never
    accepted as an argument.

    Exit codes (check): 0 keys work, 1 something to fix, 2 usage, 3 network or AWS trouble.
    Progress lives in $XDG_STATE_HOME/turklink (default ~/.local/state/turklink).
    """
}
