import type { EmulatorContext } from '../emulator-context'
import { criteriaPredicate } from '../model/find-nodes'
import type { ContainerRecord, SceneRecord } from '../model/node-records'
import { descendantsOf, insertChild } from '../model/node-tree'
import { checkNumber } from '../support/check-arguments'
import { invalidArgumentError } from '../support/plugin-errors'

/** ChildrenMixin for the page and sections: one implementation both facades delegate to. */

type NodeCallback = (node: SceneNode) => unknown

export function childrenOf(ctx: EmulatorContext, container: ContainerRecord): ReadonlyArray<SceneNode> {
  return Object.freeze(container.children.map((child) => ctx.sceneHandle(child)))
}

export function appendChildTo(ctx: EmulatorContext, container: ContainerRecord, child: unknown): void {
  const record = ctx.sceneArgument('appendChild(child)', child)
  ctx.movedFonts.require(record)
  insertChild(ctx.registry, container, record)
}

export function insertChildInto(ctx: EmulatorContext, container: ContainerRecord, index: unknown, child: unknown): void {
  const record = ctx.sceneArgument('insertChild(index, child)', child)
  ctx.movedFonts.require(record)
  insertChild(ctx.registry, container, record, checkNumber('insertChild(index)', index))
}

export function findAllIn(ctx: EmulatorContext, container: ContainerRecord, callback?: unknown): SceneNode[] {
  return matching(ctx, descendantsOf(container), optionalCallback('findAll', callback))
}

export function findOneIn(ctx: EmulatorContext, container: ContainerRecord, callback: unknown): SceneNode | null {
  const test = requiredCallback('findOne', callback)
  for (const record of descendantsOf(container)) {
    const handle = ctx.sceneHandle(record)
    if (test(handle)) return handle
  }
  return null
}

export function findChildrenIn(ctx: EmulatorContext, container: ContainerRecord, callback?: unknown): SceneNode[] {
  return matching(ctx, [...container.children], optionalCallback('findChildren', callback))
}

export function findChildIn(ctx: EmulatorContext, container: ContainerRecord, callback: unknown): SceneNode | null {
  const test = requiredCallback('findChild', callback)
  for (const record of [...container.children]) {
    const handle = ctx.sceneHandle(record)
    if (test(handle)) return handle
  }
  return null
}

export function findAllWithCriteriaIn(ctx: EmulatorContext, container: ContainerRecord, criteria: unknown): SceneNode[] {
  const matches = criteriaPredicate(criteria)
  return descendantsOf(container)
    .filter(matches)
    .map((record) => ctx.sceneHandle(record))
}

function matching(ctx: EmulatorContext, records: SceneRecord[], test: NodeCallback | undefined): SceneNode[] {
  const handles = records.map((record) => ctx.sceneHandle(record))
  return test === undefined ? handles : handles.filter((handle) => test(handle))
}

function optionalCallback(call: string, callback: unknown): NodeCallback | undefined {
  return callback === undefined ? undefined : requiredCallback(call, callback)
}

function requiredCallback(call: string, callback: unknown): NodeCallback {
  if (typeof callback !== 'function') throw invalidArgumentError(`${call}(callback)`, 'a function', callback)
  return callback as NodeCallback
}
