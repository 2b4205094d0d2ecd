/** A character nobody types into a name: it marks where the name goes in the sentence. */
const MARK = '\u2063';

interface WithNameProps {
  /** The translated sentence, given what to put where the name goes. */
  sentence: (name: string) => string;
  name: string;
}

/**
 * A translated sentence with a person's name in it, the name in <bdi> so that an Arabic name in
 * English text (or the reverse) keeps its own direction. The name is never parsed as markup.
 */
export function WithName({ sentence, name }: WithNameProps) {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}
