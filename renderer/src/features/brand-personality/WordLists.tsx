import { wordsInBoth, type WordListKey } from '../../../../shared/domain/brand-words';
import type { BrandProfile } from '../../../../shared/domain/brand';
import { Notice } from '../../components/Notice';
import { WordList } from './WordList';

const lists: readonly { list: WordListKey; title: string; placeholder: string }[] = [
  {
    list: 'wordsToUse',
    title: 'Words to use',
    placeholder: 'e.g. straightforward, proven, together',
  },
  {
    list: 'wordsToAvoid',
    title: 'Words to avoid',
    placeholder: 'e.g. cheap, synergy, world-class',
  },
];

/** The brand's vocabulary: words that sound like it, and words it never uses. */
export function WordLists({ profile }: { profile: BrandProfile }) {
  const contradictions = wordsInBoth(profile.wordsToUse, profile.wordsToAvoid);
  return (
    <>
      <div className="two-columns">
        {lists.map(({ list, title, placeholder }) => (
          <WordList
            key={list}
            engagementId={profile.engagementId}
            list={list}
            title={title}
            words={profile[list]}
            placeholder={placeholder}
          />
        ))}
      </div>
      {contradictions.length > 0 ? (
        <Notice tone="warning">
          Both to use and to avoid: {contradictions.map((word) => `“${word}”`).join(', ')}. Settle
          which it is.
        </Notice>
      ) : null}
    </>
  );
}
