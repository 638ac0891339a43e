// `npm run bench:data -- --trusts 210 --staff 1500000 [--database sps_bench_national]`: fills a
// benchmark database (dropped and rebuilt) with the synthetic national dataset.
import { generateDataset } from './dataset.mjs';
import { parseArgs, positiveInteger, SCALES } from './lib.mjs';

const args = parseArgs();
const scale = args.national ? SCALES.national : SCALES.small;
const trusts = positiveInteger(args, 'trusts', scale.trusts);
const staff = positiveInteger(args, 'staff', scale.staff);
const database = typeof args.database === 'string' ? args.database : staff >= 1_000_000 ? SCALES.national.database : scale.database;

console.log(`Generating ${trusts} trusts and ${staff.toLocaleString('en-GB')} staff into ${database}`);
const dataset = await generateDataset({ database, trusts, staff });
console.log(JSON.stringify(dataset, null, 2));
