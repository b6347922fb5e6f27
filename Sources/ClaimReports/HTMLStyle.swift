/// The HTML report's only style sheet, inlined so the file is self-contained: no external
/// scripts, fonts or styles, nothing fetched when an editor opens it.
enum HTMLStyle {
    // A rule too long for one source line goes on after a trailing `\`, which escapes the line
    // break: the sheet the page gets is byte for byte what it was before the wrap.
    static let css = """
    :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa;
      --error: #cf222e; --warning: #9a6700; --note: #0969da; --ok: #1a7f37; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);\
     background: var(--wash); }
    main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 16px; margin: 0 0 8px; }
    .subtitle { color: var(--muted); margin: 0 0 20px; }
    .verdict { display: inline-block; font-weight: 600; padding: 2px 10px; border-radius: 12px; color: #fff; }
    .verdict.failed { background: var(--error); } .verdict.passed { background: var(--ok); }
    .counts { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 0; padding: 0; list-style: none; }
    .counts li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px;\
     min-width: 110px; }
    .counts b { display: block; font-size: 22px; }
    .counts .error b { color: var(--error); } .counts .warning b { color: var(--warning); }\
     .counts .info b { color: var(--note); }
    .finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--note);\
     border-radius: 8px; padding: 14px 18px; margin: 0 0 16px; }
    .finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
    .finding.suppressed { border-left-color: var(--muted); opacity: .85; }
    .badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase;\
     letter-spacing: .04em; padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--note);\
     margin-right: 6px; }
    .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }\
     .badge.suppressed { background: var(--muted); }
    .badge.info { background: var(--note); }
    .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;\
     color: var(--muted); }
    .message { margin: 6px 0 12px; font-weight: 500; }
    .reason { margin: -4px 0 12px; color: var(--muted); }
    .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 12px; }
    .claim { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--wash);\
     display: flex; flex-direction: column; gap: 4px; }
    .claim.primary { border-color: var(--ink); background: var(--paper); }
    .claim .value { font-size: 18px; font-weight: 700; }
    .claim .who, .claim .where { color: var(--muted); font-size: 13px; }
    .claim blockquote { margin: 4px 0; padding: 0 0 0 10px; border-left: 3px solid var(--ink);
      white-space: pre-wrap; overflow-wrap: anywhere; }
    .claim .statement { margin: 2px 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
    .claim .statement .label { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
      margin-right: 4px; }
    .more { grid-column: 1 / -1; margin: 0; color: var(--muted); font-size: 13px; font-style: italic; }
    .recheck { grid-column: 1 / -1; margin: 0; font-size: 13px; font-weight: 600; }
    .note { color: var(--muted); font-size: 13px; }
    .filter { position: absolute; opacity: 0; pointer-events: none; }
    .contents { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 18px;
      margin: 20px 0 0; }
    .filters { margin: 0 0 6px; color: var(--muted); }
    .filters label { display: inline-block; cursor: pointer; padding: 2px 10px; margin: 2px 2px 2px 0;
      border: 1px solid var(--line); border-radius: 12px; color: var(--ink); }
    #show-all:checked ~ main label[for=show-all], #show-error:checked ~ main label[for=show-error],
    #show-warning:checked ~ main label[for=show-warning], #show-info:checked ~ main label[for=show-info] {
      background: var(--ink); border-color: var(--ink); color: #fff; }
    #show-all:focus-visible ~ main label[for=show-all], #show-error:focus-visible ~ main label[for=show-error],
    #show-warning:focus-visible ~ main label[for=show-warning], #show-info:focus-visible ~ main label[for=show-info] {
      outline: 2px solid var(--note); outline-offset: 2px; }
    #show-error:checked ~ main .finding:not(.error), #show-error:checked ~ main .toc li:not(.error),
    #show-warning:checked ~ main .finding:not(.warning), #show-warning:checked ~ main .toc li:not(.warning),
    #show-info:checked ~ main .finding:not(.info), #show-info:checked ~ main .toc li:not(.info) { display: none; }
    .toc { margin: 0; padding: 0 0 0 22px; max-height: 320px; overflow-y: auto; }
    .toc li { margin: 3px 0; }
    .toc a { color: var(--ink); text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    .toc .badge { font-size: 10px; }
    .finding { scroll-margin-top: 12px; }
    .claim .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;\
     overflow-wrap: anywhere; }
    .stale { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;\
     padding: 10px 18px 10px 34px; }
    .timeline-block { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px;\
     margin: 0 0 18px; }
    .timeline-block.has-conflict { border-left: 5px solid var(--error); }
    .svg-wrap { overflow-x: auto; }
    svg.timeline { display: block; max-width: 100%; height: auto;\
     font: 12px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
    svg .lane { stroke: #eaeef2; stroke-width: 1; }
    svg .axis { stroke: var(--muted); stroke-width: 1; }
    svg .event-rule { stroke: #8c959f; stroke-width: 1; stroke-dasharray: 4 4; }
    svg .lane-label { fill: var(--ink); font-weight: 600; }
    svg .axis-label { fill: var(--muted); }
    svg .point circle { stroke-width: 2.5; }
    svg .point.hedged circle:not(.conflict-ring) { stroke-dasharray: 3 2; }
    svg .point-label { font-size: 11px; font-weight: 700; fill: var(--ink); }
    svg .point-label.on-fill { fill: #fff; }
    svg .conflict-ring { fill: none; stroke: var(--error); stroke-width: 2.5; }
    svg .conflict-mark { fill: var(--error); font-weight: 800; font-size: 15px; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0; padding: 0; list-style: none;\
     font-size: 13px; color: var(--muted); }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 5px;\
     vertical-align: -1px; border: 2px solid; }
    .swatch.conflict { border-color: var(--error); background: #fff; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 8px; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { color: var(--muted); font-weight: 600; }
    tr.conflict td { background: #ffebe9; }
    td.num { font-weight: 700; } td .mark { color: var(--error); font-weight: 800; }
    td.where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;\
     overflow-wrap: anywhere; }
    footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
    .timeline-block table { display: block; overflow-x: auto; }
    @media (max-width: 640px) {
      main { padding: 14px 12px 32px; }
      h1 { font-size: 22px; }
      .counts li { min-width: 0; flex: 1 1 40%; padding: 8px 10px; }
      .finding, .timeline-block { padding: 12px; }
      .claims { grid-template-columns: 1fr; }
      th, td { padding: 4px 5px; }
    }
    """
}
