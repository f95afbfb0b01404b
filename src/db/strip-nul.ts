import { OperationNodeTransformer, PrimitiveValueListNode, ValueNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

const NUL = /\u0000/g;
const clean = (v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replace(NUL, '') : v);

class StripNul extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const v = clean(node.value);
    return v === node.value ? super.transformValue(node) : ValueNode.create(v);
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === 'string' && v.includes('\u0000')) ? PrimitiveValueListNode.create(node.values.map(clean)) : super.transformPrimitiveValueList(node);
  }
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): a NUL typed into any form
 * would make the INSERT fail with a server error. It never carries meaning in
 * text, so it is dropped from every string parameter on PostgreSQL.
 */
export class StripNulPlugin implements KyselyPlugin {
  private readonly transformer = new StripNul();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
