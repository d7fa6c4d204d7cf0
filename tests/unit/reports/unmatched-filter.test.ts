import { describe, expect, it } from 'vitest';
import { nearestText } from '../../../src/reports/unmatched-filter.js';

describe('nearestText: the run of words in the data nearest to a search that found nothing', () => {
  const owners = ['Ministry Office', 'Department of Information Technology', 'Bộ Công an', 'Sở Tư pháp Thanh Hóa', 'Department of Law, Ministry of Justice'];
  it.each([
    ['Minstry Office', 'Ministry Office'],
    ['Minstry', 'Ministry'],
    ['Informaton Technology', 'Information Technology'],
    ['Bo Cong na', 'Bộ Công an'],
    ['Departmnt of Law', 'Department of Law'],
    ['Thanh Hoas', 'Thanh Hóa'],
  ])('%j → %j', (query, near) => {
    expect(nearestText(query, owners)).toBe(near);
  });

  it.each(['Treasury', 'zzz', ''])('%j: nothing near enough', (query) => {
    expect(nearestText(query, owners)).toBeUndefined();
  });
});
