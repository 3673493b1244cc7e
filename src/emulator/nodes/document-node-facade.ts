import type { DocumentRecord, PageRecord, SceneRecord } from '../model/node-records'
import { criteriaPredicate } from '../model/find-nodes'
import { descendantsOf } from '../model/node-tree'
import { invalidArgumentError, PLUGIN_GLOBAL } from '../support/plugin-errors'
import { BaseNodeFacade } from './base-node-facade'

type EmulatedDocument = Pick<DocumentNode, 'type' | 'children' | 'findChildren' | 'findChild' | 'findAll' | 'findOne' | 'findAllWithCriteria'>

type PageOrScene = PageNode | SceneNode

/**
 * The document root. With `documentAccess: "dynamic-page"`, searching the whole document needs
 * `loadAllPagesAsync()` first; the emulator enforces that, as Figma does.
 */
export class DocumentNodeFacade extends BaseNodeFacade<DocumentRecord> implements EmulatedDocument {
  get type(): 'DOCUMENT' {
    return 'DOCUMENT'
  }

  get parent(): null {
    return null
  }

  remove(): void {
    throw new Error('Cannot remove the document')
  }

  get children(): ReadonlyArray<PageNode> {
    return Object.freeze([this.ctx.pageHandle()])
  }

  findChildren(callback?: (node: PageNode) => boolean): PageNode[] {
    const pages = [this.ctx.pageHandle()]
    return callback === undefined ? pages : pages.filter((page) => callback(page))
  }

  findChild(callback: (node: PageNode) => boolean): PageNode | null {
    return this.findChildren(callback)[0] ?? null
  }

  findAll(callback?: (node: PageOrScene) => boolean): PageOrScene[] {
    this.#requireAllPages('findAll')
    const nodes = this.#everyNode()
    if (callback === undefined) return nodes
    if (typeof callback !== 'function') throw invalidArgumentError('findAll(callback)', 'a function', callback)
    return nodes.filter((node) => callback(node))
  }

  findOne(callback: (node: PageOrScene) => boolean): PageOrScene | null {
    this.#requireAllPages('findOne')
    if (typeof callback !== 'function') throw invalidArgumentError('findOne(callback)', 'a function', callback)
    return this.#everyNode().find((node) => callback(node)) ?? null
  }

  findAllWithCriteria<T extends NodeType[]>(criteria: FindAllCriteria<T>): Array<{ type: T[number] } & (PageNode | SceneNode)> {
    this.#requireAllPages('findAllWithCriteria')
    const matches = criteriaPredicate(criteria)
    const page: PageRecord = this.record.page
    return descendantsOf(page)
      .filter((record: SceneRecord) => matches(record))
      .map((record) => this.ctx.sceneHandle(record)) as Array<{ type: T[number] } & SceneNode>
  }

  #everyNode(): PageOrScene[] {
    const page = this.record.page
    return [this.ctx.pageHandle(), ...descendantsOf(page).map((record) => this.ctx.sceneHandle(record))]
  }

  #requireAllPages(call: string): void {
    if (!this.ctx.allPagesLoaded) {
      throw new Error(
        `in ${call}: Cannot call ${call} on the document before "await ${PLUGIN_GLOBAL}.loadAllPagesAsync()" (documentAccess: dynamic-page). Search ${PLUGIN_GLOBAL}.currentPage instead.`
      )
    }
  }
}
