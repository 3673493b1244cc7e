import { describe, expect, it } from 'vitest'

import { phaseRuns } from '../../src/layout'

const stage = (id: string, phaseId?: string) => ({ id, name: id, description: '', ...(phaseId ? { phaseId } : {}) })

describe('phaseRuns', () => {
  it('should make one run per phase when its stages are together', () => {
    expect(phaseRuns([stage('a', 'p'), stage('b', 'p'), stage('c', 'q')])).toEqual([
      { phaseId: 'p', run: 0, first: 0, last: 1 },
      { phaseId: 'q', run: 0, first: 2, last: 2 }
    ])
  })

  it('should split a phase that other stages interrupt, numbering its runs', () => {
    expect(phaseRuns([stage('a', 'p'), stage('b', 'q'), stage('c', 'p'), stage('d'), stage('e', 'p')])).toEqual([
      { phaseId: 'p', run: 0, first: 0, last: 0 },
      { phaseId: 'q', run: 0, first: 1, last: 1 },
      { phaseId: 'p', run: 1, first: 2, last: 2 },
      { phaseId: 'p', run: 2, first: 4, last: 4 }
    ])
  })

  it('should give stages without a phase no band', () => {
    expect(phaseRuns([stage('a'), stage('b')])).toEqual([])
  })
})
