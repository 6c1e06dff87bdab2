// The part of Battambang the demo seed uses, written here so the demo works without the shared gazetteer file.
//
// Source: the NCDD gazetteer, as compiled by the pumi dataset (MIT licence, Copyright (c) 2019 David Wilkie),
// June 2026 (pumi commit 3a5c2bebc567d6240ba28e59fd5f6cdeb384a9b2). Keep this attribution wherever the data is
// shown or redistributed. Rows are copied unchanged from that gazetteer (docs/gazetteer.md); villages have
// no centre point there. battambang.test.ts checks them against that file where it exists.
import { type GazetteerFile, type GeoUnit, unitsFromGazetteer } from '@kruosar/domain';

/**
 * The six demo communes, in the order users are given them: Battambang city sangkats and rural communes mixed,
 * so each caseworker (first three / last three) has both.
 */
export const demoCommuneCodes = ['020303', '020804', '020201', '020307', '020601', '020401'] as const;

export const battambangDemoGazetteer = {
  source: 'NCDD gazetteer via the pumi dataset (MIT, Copyright (c) 2019 David Wilkie), June 2026; demo extract',
  licence: 'MIT (pumi dataset, Copyright (c) 2019 David Wilkie); underlying facts from NCDD',
  provinces: [
    { code: '02', km: 'បាត់ដំបង', latin: 'Battambang', unit: 'Province', unitKm: 'ខេត្ត', lat: 12.9256791, lng: 103.23171364274523 },
  ],
  districts: [
    { code: '0202', km: 'ថ្មគោល', latin: 'Thma Koul', unit: 'District', unitKm: 'ស្រុក', lat: 13.24944415, lng: 103.07118059476997 },
    { code: '0203', km: 'បាត់ដំបង', latin: 'Battambang', unit: 'Municipality', unitKm: 'ក្រុង', lat: 13.0937231, lng: 103.18673434190434 },
    { code: '0204', km: 'បវេល', latin: 'Bavel', unit: 'District', unitKm: 'ស្រុក', lat: 13.216788000000001, lng: 102.82214789233467 },
    { code: '0206', km: 'មោងឫស្សី', latin: 'Moung Ruessei', unit: 'District', unitKm: 'ស្រុក', lat: 12.775758, lng: 103.4486415 },
    { code: '0208', km: 'សង្កែ', latin: 'Sangkae', unit: 'District', unitKm: 'ស្រុក', lat: 13.0744566, lng: 103.2438673 },
  ],
  communes: [
    { code: '020201', km: 'តាពូង', latin: 'Ta Pung', unit: 'Commune', unitKm: 'ឃុំ', lat: 13.2580689, lng: 103.1661427 },
    { code: '020303', km: 'រតនៈ', latin: 'Rottanak', unit: 'Quarter', unitKm: 'សង្កាត់', lat: 13.1004825, lng: 103.213829 },
    { code: '020307', km: 'អូរម៉ាល់', latin: 'Ou Mal', unit: 'Quarter', unitKm: 'សង្កាត់', lat: 13.0731686, lng: 103.134455 },
    { code: '020401', km: 'បវេល', latin: 'Bavel', unit: 'Commune', unitKm: 'ឃុំ', lat: 13.2544052, lng: 102.8773064 },
    { code: '020601', km: 'មោង', latin: 'Moung', unit: 'Commune', unitKm: 'ឃុំ', lat: 12.7818303, lng: 103.3703221 },
    { code: '020804', km: 'រកា', latin: 'Roka', unit: 'Commune', unitKm: 'ឃុំ', lat: 13.0988745, lng: 103.2943735 },
  ],
  villages: [
    { code: '02020101', km: 'ថ្មគោលត្បូង', latin: 'Thma Koul Tboung', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020102', km: 'ប៉ោយយង់', latin: 'Paoy Yong', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020103', km: 'កសិកម្ម', latin: 'Kaksekam', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020104', km: 'ប៉ោយសំរោង', latin: 'Paoy Samraong', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020105', km: 'គោកក្ដួច', latin: 'Kouk Kduoch', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020106', km: 'អង់ត្បូង', latin: 'Ang Tboung', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02020107', km: 'ទំពូងត្បូង', latin: 'Tumpung Tboung', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030301', km: 'រំចេក ១', latin: 'Rumchek 1', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030302', km: 'រំចេក ២', latin: 'Rumchek 2', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030303', km: 'រំចេក ៣', latin: 'Rumchek 3', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030304', km: 'រំចេក ៤', latin: 'Rumchek 4', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030305', km: 'រំចេក ៥', latin: 'Rumchek 5', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030306', km: 'សូភី ១', latin: 'Souphy 1', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030307', km: 'សូភី ២', latin: 'Souphy 2', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030308', km: 'រតនៈ', latin: 'Rottanak', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030701', km: 'អូរម៉ាល់', latin: 'O Mal', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030702', km: 'ដាក់សសរ', latin: 'Dak Sasar', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030703', km: 'សាលាបាទ្បាត់', latin: 'Sala Balat', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030704', km: 'ព្រៃដាច់', latin: 'Prey Dach', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030705', km: 'គោកពន្លៃ', latin: 'Kouk Ponley', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030706', km: 'វត្ដរកា', latin: 'Wath Roka', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030707', km: 'កូនសេក', latin: 'Koun Sek', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030708', km: 'អណ្ដូងព្រីង', latin: 'Andoung Pring', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030709', km: 'បឹងរាំង', latin: 'Boeng Reing', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02030710', km: 'ព្រៃរកា', latin: 'Prey Roka', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040101', km: 'បវេល ១', latin: 'Bavel Muoy', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040104', km: 'ដាច់ព្រ័ត្រ', latin: 'Dach Proat', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040105', km: 'សង្កែវារ', latin: 'Sangkae Vear', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040106', km: 'ពាម', latin: 'Peam', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040107', km: 'កំពង់ព្នៅ', latin: 'Kampong Phnov', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040108', km: 'ស្ទឹងដាច់', latin: 'Stueng Dach', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040109', km: 'ស្ពានកណ្ដោល', latin: 'Spean Kandaol', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040110', km: 'សាំងរាំង', latin: 'Sang Reang', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040111', km: 'ស្វាយជ្រុំ', latin: 'Svay Chrum', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040112', km: 'ដូនអាវ', latin: 'Doun av', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040120', km: 'សំរោងជ័យ', latin: 'Samraong Chey', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02040121', km: 'ព្រៃតាឡូញ', latin: 'Prey Talounh', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060101', km: 'ប៉ែន', latin: 'Paen', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060102', km: 'អូរក្របៅ', latin: 'Ou Krabau', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060103', km: 'កោះចារ', latin: 'Kaoh Char', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060104', km: 'ឫស្សី ១', latin: 'Ruessei Muoy', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060105', km: 'រលួស', latin: 'Roluos', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060106', km: 'ឫស្សី ២', latin: 'Ruessei Pir', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060107', km: 'កន្សៃបន្ទាយ', latin: 'Kansai Banteay', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060108', km: 'រ៉ា', latin: 'Ra', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060109', km: 'ដើមដូង', latin: 'Daeum Doung', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060110', km: 'មោង', latin: 'Moung', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060111', km: 'ប្រទ្បាយ', latin: 'Pralay', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060112', km: 'តាតុក ១', latin: 'Ta Tok Muoy', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060113', km: 'តាតុក ២', latin: 'Ta Tok Pir', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060114', km: 'ក្បាលមូស', latin: 'Kbal Mus', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02060116', km: 'បោះពួយ', latin: 'Baoh Puoy', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080402', km: 'ពោធិ៍បាត់ដំបង', latin: 'Pou Batdambang', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080403', km: 'អំបែងថ្ងែ', latin: 'Ambaeng Thngae', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080404', km: 'រកា', latin: 'Roka', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080405', km: 'តាហែន ១', latin: 'Ta Haen Muoy', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080406', km: 'តាហែន ២', latin: 'Ta Haen Pir', unit: 'Village', unitKm: 'ភូមិ' },
    { code: '02080407', km: 'ឈូងត្រដក់', latin: 'Choung Trodok', unit: 'Village', unitKm: 'ភូមិ' },
  ],
} satisfies GazetteerFile;

/** The demo geography as units, parents first, ready for upsertGeoUnits. */
export function battambangDemoUnits(): GeoUnit[] {
  const { units, problems } = unitsFromGazetteer(battambangDemoGazetteer);
  // Only an edit of the rows above can cause this; the test catches it first.
  if (problems.length > 0) throw new Error(`The built-in Battambang demo geography is inconsistent: ${problems.join('; ')}`);
  return units;
}
