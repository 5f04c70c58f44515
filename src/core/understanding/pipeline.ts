import { Assistant, type FallbackOptions } from '../assistant';
import type { KnowledgeBase } from '../knowledge/section';
import { Matcher } from '../matching/matcher';
import { SafetyCheck } from '../safety/safety-check';
import { SafetyNet } from '../safety/safety-net';
import { DialogActRecogniser } from './dialog-acts';

/** The understanding's stages built once from a knowledge base: the bot, the evaluation and the benchmarks read messages through these. */
export interface Pipeline {
  safety: SafetyCheck;
  matcher: Matcher;
  assistant: Assistant;
}

export interface PipelineOptions {
  /** Where trained models are kept between starts (see SafetyNet.for); unset: the shipped ones, or trained in memory. */
  cacheDir?: string;
  /** false: the rules alone read safety, without the learned net. */
  net?: boolean;
  /** Another matcher (the evaluation's ablations, a cache size). */
  matcher?: Matcher;
  fallback?: FallbackOptions;
}

export function buildPipeline(knowledge: KnowledgeBase, options: PipelineOptions = {}): Pipeline {
  const acts = DialogActRecogniser.forKnowledge(knowledge, options.cacheDir);
  // The example questions show the net what ordinary questions look like.
  const net = options.net === false ? undefined : SafetyNet.for(knowledge.examples.map((e) => e.question), options.cacheDir);
  const matcher = options.matcher ?? new Matcher(knowledge);
  // Dialog acts are read first, by the safety check (whether the net reads a message) and by the assistant.
  return { safety: new SafetyCheck(net, acts), matcher, assistant: new Assistant(knowledge, matcher, acts, options.fallback) };
}
