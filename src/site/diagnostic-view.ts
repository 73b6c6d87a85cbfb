/** A diagnostic as a reader sees it: where, how bad, why. */
import type { Diagnostic } from '../model.ts';
import type { DiagnosticView } from './view-models.ts';

export function diagnosticView(diagnostic: Diagnostic): DiagnosticView {
  const position = [diagnostic.line, diagnostic.column].filter((n) => n !== undefined).join(':');
  return {
    severity: diagnostic.severity,
    ruleId: diagnostic.ruleId,
    reason: diagnostic.reason,
    location: position ? `${diagnostic.file}:${position}` : diagnostic.file,
  };
}
