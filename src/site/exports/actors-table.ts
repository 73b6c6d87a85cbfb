/** actors.csv: one row per actor (resolved entity), by id. */
import type { Entity } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { exportTable, joinList, type Column, type ExportTable } from './export-table.ts';

export function actorsTable(context: SiteContext): ExportTable {
  const { urls } = context;
  const columns: Column<Entity>[] = [
    { key: 'id', meaning: 'actor id (the actor column of mentions.csv, quotes.csv, events.csv)', value: (e) => e.id },
    { key: 'name', meaning: 'display name', value: (e) => e.name },
    { key: 'type', meaning: 'person, organization, group or place', value: (e) => e.type },
    { key: 'aliases', meaning: 'every name written in the articles for this actor, joined with |', value: (e) => joinList(e.aliases.map((a) => a.text)) },
    { key: 'mentions', meaning: 'number of mentions', value: (e) => e.mentions.length },
    { key: 'articles', meaning: 'number of articles that mention it', value: (e) => e.articles.length },
    { key: 'page', meaning: 'the actor’s page on this site', value: (e) => urls.href(urls.actor(e.slug)) },
  ];
  const byId = [...context.corpus.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return exportTable(
    { name: 'actors', title: 'Actors', description: 'One row per actor: the people, organisations, groups and places the mentions resolved to, by id.' },
    columns,
    byId,
  );
}
