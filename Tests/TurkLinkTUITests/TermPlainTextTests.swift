import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// What plain mode does to text before printing it.
final class TermPlainTextTests: XCTestCase {
  func testCleanDropsControlsAndBidiOverrides() {
    let cases: [(id: String, text: String, clean: String)] = [
      ("plain", "Step 1: keys", "Step 1: keys"),
      ("newline kept", "one\ntwo", "one\ntwo"),
      ("tab to space", "a\tb", "a b"),
      ("escape", "Red \u{1b}[31mtext", "Red [31mtext"),
      ("bell, cr, nul, del", "a\u{07}b\rc\u{0}d\u{7f}", "abcd"),
      ("c1 csi and nel", "x\u{9b}1my\u{85}z", "x1myz"),
      ("right-to-left override", "evil\u{202e}gnp.exe", "evilgnp.exe"),
      ("embeddings and pop", "\u{202a}a\u{202b}b\u{202c}c\u{202d}d", "abcd"),
      ("isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}", "abc"),
      ("marks", "\u{200e}a\u{200f}b\u{061c}c", "abc"),
      ("letters beyond latin kept", "Größe ع 日本", "Größe ع 日本"),
    ]
    for item in cases {
      XCTAssertEqual(PlainText.clean(item.text), item.clean, item.id)
    }
  }

  func testBidiOverrideInTheGuideNeverReachesTheOutput() {
    let step = Step(
      id: .policy, title: "Title\u{202e}desrever", summary: "S\u{2067}um\u{2069}",
      items: ["one\u{200f}"], links: [GuideLink(label: "L\u{202d}", url: "https://x.test/")],
      notes: ["n\u{202a}ote"])
    let io = ScriptedIO(lines: ["q"])
    let wizard = PlainWizard(
      guide: Guide(title: "G", steps: [step]), progress: Progress(),
      settings: PlainSettings(startStep: nil, singleStep: false, profile: "p", prefill: nil),
      io: io, performer: PlainPerformer())
    XCTAssertEqual(wizard.run(), 0)

    let bidi = io.output.unicodeScalars.filter { scalar in
      [0x061c, 0x200e, 0x200f].contains(scalar.value)
        || (0x202a...0x202e).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
    XCTAssertEqual(bidi.map(\.value), [])
    XCTAssertTrue(io.output.contains("Titledesrever"), io.output)
  }
}

/// Wording meant for the full-screen wizard, reworded in plain mode.
final class TermPlainWordingTests: XCTestCase {
  func testKeyPhrasesBecomeWhatPlainModeOffers() {
    let url = "https://example.test/signup"
    let cases: [(id: String, text: String, link: String?, plain: String)] = [
      ("trailing press o", "Open the sign-up page (press o)", url,
       "Open the sign-up page (\(url))"),
      ("inner press o", "Open the page (press o) and click \"Sign in\"", url,
       "Open the page (\(url)) and click \"Sign in\""),
      ("press o, no link", "Open the page (press o)", nil, "Open the page"),
      ("tick the items", "Already have one? Tick the items and go on.", url,
       "Already have one? Answer y and go on."),
      ("press r", "Fix the clock, then press r.", nil, "Fix the clock, then answer r."),
      ("console tick kept", "Tick AmazonMechanicalTurkFullAccess", url,
       "Tick AmazonMechanicalTurkFullAccess"),
    ]
    for item in cases {
      XCTAssertEqual(PlainText.forPlainMode(item.text, link: item.link), item.plain, item.id)
    }
  }

  func testNoStepOfTheGuideSaysPressOOrTickTheItems() {
    for step in TestGuide.guide.steps {
      let io = ScriptedIO(lines: ["q"])
      let settings = PlainSettings(
        startStep: step.id, singleStep: true, profile: "p", prefill: nil)
      _ = PlainWizard(
        guide: TestGuide.guide, progress: Progress(), settings: settings, io: io,
        performer: PlainPerformer()
      ).run()

      XCTAssertFalse(io.output.contains("press o"), "\(step.id):\n\(io.output)")
      XCTAssertFalse(io.output.contains("Tick the items"), "\(step.id):\n\(io.output)")
    }
    let first = TestGuide.guide.steps[0]
    let io = ScriptedIO(lines: ["q"])
    _ = PlainWizard(
      guide: TestGuide.guide, progress: Progress(),
      settings: PlainSettings(startStep: nil, singleStep: true, profile: "p", prefill: nil),
      io: io, performer: PlainPerformer()
    ).run()
    XCTAssertTrue(io.output.contains("(\(first.links[0].url))"), io.output)
  }
}
