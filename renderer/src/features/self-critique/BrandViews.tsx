import type { CritiqueSheet } from '../../../../shared/domain/critique';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { critiqueSheetRepository } from '../../db/repositories/critique-repository';

/** The brand as the company sees it beside the brand as prospects see it: the gap is the work. */
export function BrandViews({ sheet }: { sheet: CritiqueSheet }) {
  return (
    <section aria-labelledby="brand-views-title">
      <h3 id="brand-views-title">The brand from inside and from outside</h3>
      <div className="two-columns brand-views">
        <AutosaveTextField
          label="How we see ourselves"
          multiline
          rows={6}
          placeholder="In the room’s words: what we stand for, what we are best at"
          value={sheet.selfView}
          parse={textParser('How we see ourselves', limits.longText)}
          save={(selfView) => critiqueSheetRepository.update(sheet.engagementId, { selfView })}
        />
        <AutosaveTextField
          label="How prospects see us"
          multiline
          rows={6}
          placeholder="In prospects’ words: from sales calls, lost deals, reviews, surveys"
          value={sheet.prospectView}
          parse={textParser('How prospects see us', limits.longText)}
          save={(prospectView) =>
            critiqueSheetRepository.update(sheet.engagementId, { prospectView })
          }
        />
      </div>
    </section>
  );
}
