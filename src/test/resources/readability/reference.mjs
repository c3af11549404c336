// Regenerates reference.tsv: the Flesch-Kincaid grade of each text-NN.txt by a standard
// implementation, to check the site's own estimate against (ReadabilityTests).
//   npm install syllable@5.0.1 && node reference.mjs > reference.tsv
// Words: white-space separated tokens with a letter or digit. Sentences: runs of . ! ?
// followed by white space or the end (at least one). Syllables: the `syllable` package.
// Grade: 0.39 x words/sentences + 11.8 x syllables/words - 15.59, to one decimal.
// The last column is GNU style's (Debian package `diction`) Kincaid grade, for comparison.
import {syllable} from 'syllable';
import fs from 'fs';
import {execFileSync} from 'child_process';

console.log('file\twords\tsentences\tsyllables\tgrade\tgnu_style');
for (const file of fs.readdirSync('.').filter((f) => /^text-\d+\.txt$/.test(f)).sort()) {
  const text = fs.readFileSync(file, 'utf8');
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) || []).length);
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  const grade = 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
  let gnu = '';
  try {
    gnu = execFileSync('style', [file]).toString().match(/Kincaid: (-?[\d.]+)/)[1];
  } catch (e) { gnu = 'n/a'; }
  console.log([file, words.length, sentences, syllables, grade.toFixed(1), gnu].join('\t'));
}
